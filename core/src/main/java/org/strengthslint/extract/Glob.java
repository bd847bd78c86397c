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

    /** @throws IllegalArgumentException naming the glob when it is empty or has too many alternatives */
    Glob(String glob) {
        this.text = glob;
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
        if (pattern.isBlank() || pattern.equals("/")) {
            throw new IllegalArgumentException("empty glob '" + glob + "'");
        }
        this.wholePath = pattern.contains("/");
        this.patterns = alternatives(pattern);
        if (patterns == null) {
            throw new IllegalArgumentException("glob '" + glob + "' " + TOO_MANY);
        }
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

    /** What is wrong with a glob, without repeating it ("is empty"), or null when it can be used. */
    static String problem(String glob) {
        try {
            new Glob(glob);
            return null;
        } catch (IllegalArgumentException e) {
            return glob.isBlank() ? "is empty" : TOO_MANY;
        }
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
