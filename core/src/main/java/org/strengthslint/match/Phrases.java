package org.strengthslint.match;

import java.util.List;
import org.strengthslint.lexicon.PatternSyntax;

/** How conditions show their phrases to a reader. */
final class Phrases {
    private Phrases() {}

    /** "a", "b" or "c", each as a reader writes it (no {@code =} marks). */
    static String quoted(List<String> phrases) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < phrases.size(); i++) {
            if (i > 0) {
                out.append(i == phrases.size() - 1 ? " or " : ", ");
            }
            out.append('"').append(PatternSyntax.asWritten(phrases.get(i))).append('"');
        }
        return out.toString();
    }
}
