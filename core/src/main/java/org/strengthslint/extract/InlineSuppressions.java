package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strengthslint.api.Finding;

/**
 * The suppression comments a writer puts in a text, Markdown or HTML document:
 * {@code <!-- strengths-lint-disable [RULE...] -->} and {@code <!-- strengths-lint-enable [RULE...] -->}
 * around a passage, and {@code <!-- strengths-lint-disable-next-line [RULE...] -->} for one line.
 * With no rule ids they apply to every rule.
 */
public final class InlineSuppressions {
    /** A suppression comment, wherever it is. */
    public static final Pattern DIRECTIVE =
            Pattern.compile("<!--\\s*strengths-lint-(disable-next-line|disable|enable)((?:\\s+[A-Za-z0-9-]+)*)\\s*-->");

    private record Directive(int offset, String kind, Set<String> rules, int line) {}

    private final List<Directive> directives;

    private InlineSuppressions(List<Directive> directives) {
        this.directives = directives;
    }

    public static InlineSuppressions in(String text, LineIndex lines) {
        List<Directive> directives = new ArrayList<>();
        if (text.contains("strengths-lint-")) {
            Matcher m = DIRECTIVE.matcher(text);
            while (m.find()) {
                Set<String> rules = new HashSet<>();
                for (String id : m.group(2).strip().split("\\s+")) {
                    if (!id.isEmpty()) {
                        rules.add(id);
                    }
                }
                directives.add(new Directive(m.end(), m.group(1), rules, lines.line(m.start())));
            }
        }
        return new InlineSuppressions(directives);
    }

    public boolean isEmpty() {
        return directives.isEmpty();
    }

    /** Whether a comment before the finding switches its rule off there. */
    public boolean suppresses(Finding finding) {
        boolean allOff = false;
        Set<String> off = new HashSet<>();
        Set<String> backOn = new HashSet<>();
        for (Directive d : directives) {
            if (d.kind().equals("disable-next-line")) {
                if (finding.line() == d.line() + 1 && applies(d, finding)) {
                    return true;
                }
                continue;
            }
            if (d.offset() > finding.offset()) {
                break;
            }
            boolean disable = d.kind().equals("disable");
            if (d.rules().isEmpty()) {
                allOff = disable;
                off.clear();
                backOn.clear();
            } else if (disable) {
                off.addAll(d.rules());
                backOn.removeAll(d.rules());
            } else {
                off.removeAll(d.rules());
                backOn.addAll(d.rules());
            }
        }
        return off.contains(finding.rule()) || allOff && !backOn.contains(finding.rule());
    }

    private static boolean applies(Directive d, Finding finding) {
        return d.rules().isEmpty() || d.rules().contains(finding.rule());
    }
}
