package org.strengthslint.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A flagged example as a lexicon writes it, with the expected finding in square brackets
 * ({@code "He is an [entrenched rough sleeper]."}): the text without brackets, and each marked
 * span as {@code {start, end}} offsets into it. The loader has checked that the brackets pair up.
 */
public record MarkedExample(String text, List<int[]> spans) {

    public static MarkedExample parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '[') {
                open = text.length();
            } else if (c == ']' && open >= 0) {
                spans.add(new int[] {open, text.length()});
                open = -1;
            } else {
                text.append(c);
            }
        }
        return new MarkedExample(text.toString(), List.copyOf(spans));
    }

    /** The text with brackets around {@code marks} (for messages that show what was found). */
    public String marked(List<int[]> marks) {
        StringBuilder out = new StringBuilder(text);
        List<int[]> sorted = new ArrayList<>(marks);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] span : sorted) {
            out.insert(span[1], ']');
            out.insert(span[0], '[');
        }
        return out.toString();
    }
}
