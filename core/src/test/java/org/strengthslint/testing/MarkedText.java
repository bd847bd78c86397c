package org.strengthslint.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the expected finding spans marked in square brackets:
 * {@code "He is an [entrenched rough sleeper]."}.
 *
 * @param text  the text without brackets
 * @param spans the marked spans as {start, end} offsets into {@code text}
 */
public record MarkedText(String text, List<int[]> spans) {

    public static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '[') {
                if (open >= 0) {
                    throw new IllegalArgumentException("nested [ in: " + marked);
                }
                open = text.length();
            } else if (c == ']') {
                if (open < 0) {
                    throw new IllegalArgumentException("] without [ in: " + marked);
                }
                spans.add(new int[] {open, text.length()});
                open = -1;
            } else {
                text.append(c);
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException("[ without ] in: " + marked);
        }
        return new MarkedText(text.toString(), List.copyOf(spans));
    }

    /** {@code text} with brackets around the given spans, for readable failure messages. */
    public static String mark(String text, List<int[]> spans) {
        StringBuilder out = new StringBuilder(text);
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] span : sorted) {
            out.insert(span[1], ']');
            out.insert(span[0], '[');
        }
        return out.toString();
    }

    /** The text with each marked span replaced by {@code replacement}. */
    public String replaceSpans(String replacement) {
        StringBuilder out = new StringBuilder(text);
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] span : sorted) {
            out.replace(span[0], span[1], replacement);
        }
        return out.toString();
    }
}
