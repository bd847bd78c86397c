package org.strengthslint.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * One include or exclude glob, with the meaning Maven and Ant users know: {@code *} is any part
 * of a name, {@code ?} one character, {@code **} zero or more folders ({@code policies/**}{@code /*.pdf}
 * finds {@code policies/x.pdf} too), {@code {a,b}} either; {@code /} separates folders on every
 * system. As in {@code .gitignore}, a glob without {@code /} matches a file or folder name at any
 * depth, and a glob with {@code /} matches the path relative to the folder being searched.
 *
 * <p>Matching is Maven's own (plexus-utils), which walks the name once per part of the glob
 * rather than backtracking, so a hostile glob such as {@code *a*a*a*a*c} costs little.
 */
final class Glob {
    /** More alternatives than anyone writes by hand; the limit keeps {a,b}{c,d}... bounded. */
    static final int MAX_ALTERNATIVES = 256;

    private static final String TOO_MANY = "stands for more than " + MAX_ALTERNATIVES + " alternatives";

    private final String text;
    private final List<String> patterns;
    private final boolean wholePath;

    /** @throws IllegalArgumentException naming the glob and what is wrong with it ({@link #problem}) */
    Glob(String glob) {
        this.text = glob;
        String pattern = normalised(glob);
        List<String> expanded = pattern.isBlank() || pattern.equals("/") ? null : alternatives(pattern);
        String problem = problem(pattern, expanded);
        if (problem != null) {
            throw new IllegalArgumentException("glob '" + glob + "' " + problem);
        }
        this.wholePath = pattern.contains("/");
        this.patterns = expanded;
    }

    private static String normalised(String glob) {
        String pattern = glob.replace('\\', '/');
        while (pattern.startsWith("./")) {
            pattern = pattern.substring(2);
        }
        while (pattern.length() > 1 && pattern.endsWith("/")) {
            pattern = pattern.substring(0, pattern.length() - 1); // "archive/" means the folder archive
        }
        if (pattern.startsWith("/") && pattern.length() > 1) {
            pattern = pattern.substring(1); // anchored at the searched folder, as in .gitignore
        }
        return pattern;
    }

    /**
     * What is wrong with a glob, without repeating it, or null when it can be used. Maven's
     * matcher reads a pattern that starts {@code %regex[} as a regular expression, which a pull
     * request could make take exponential time: here such a pattern is refused.
     */
    static String problem(String glob) {
        String pattern = normalised(glob);
        return problem(pattern, pattern.isBlank() || pattern.equals("/") ? null : alternatives(pattern));
    }

    private static String problem(String pattern, List<String> expanded) {
        if (pattern.isBlank() || pattern.equals("/")) {
            return "is empty";
        }
        if (expanded == null) {
            return TOO_MANY;
        }
        for (String alternative : expanded) {
            if (alternative.startsWith("%regex[") || alternative.startsWith("%ant[")) {
                return "is a regular expression (%regex[...] or %ant[...]), which is not supported: use * and **";
            }
        }
        return null;
    }

    /** True when the path (relative to the searched folder) matches. */
    boolean matches(Path relative) {
        if (wholePath) {
            String path = slashed(relative);
            return patterns.stream().anyMatch(p -> SelectorUtils.matchPath(p, path, "/", true));
        }
        for (Path part : relative) {
            String name = part.toString();
            if (patterns.stream().anyMatch(p -> SelectorUtils.match(p, name, true))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** {@code a{b,c}d} as {@code abd} and {@code acd}, braces nesting; null when there are too many. */
    private static List<String> alternatives(String pattern) {
        List<String> done = new ArrayList<>();
        List<String> pending = new ArrayList<>(List.of(pattern));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            int open = next.indexOf('{');
            int close = open < 0 ? -1 : matchingBrace(next, open);
            if (close < 0) {
                done.add(next);
            } else {
                String before = next.substring(0, open);
                String after = next.substring(close + 1);
                for (String choice : splitTopLevel(next.substring(open + 1, close))) {
                    pending.add(before + choice + after);
                }
            }
            if (done.size() + pending.size() > MAX_ALTERNATIVES) {
                return null;
            }
        }
        return List.copyOf(done);
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1; // an unclosed brace is an ordinary character
    }

    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(inner.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(inner.substring(from));
        return parts;
    }
}
