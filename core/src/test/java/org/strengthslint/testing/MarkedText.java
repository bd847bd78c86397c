package org.strengthslint.testing;

import java.util.ArrayList;
import java.util.List;
import org.strengthslint.lexicon.MarkedExample;

/**
 * Text with the expected finding spans marked in square brackets:
 * {@code "He is an [entrenched rough sleeper]."}.
 *
 * @param text  the text without brackets
 * @param spans the marked spans as {start, end} offsets into {@code text}
 */
public record MarkedText(String text, List<int[]> spans) {

    /** As {@link MarkedExample#parse}, and brackets that do not pair up are a mistake in the test. */
    public static MarkedText parse(String marked) {
        int depth = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '[' && depth++ > 0) {
                throw new IllegalArgumentException("nested [ in: " + marked);
            }
            if (c == ']' && --depth < 0) {
                throw new IllegalArgumentException("] without [ in: " + marked);
            }
        }
        if (depth > 0) {
            throw new IllegalArgumentException("[ without ] in: " + marked);
        }
        MarkedExample example = MarkedExample.parse(marked);
        return new MarkedText(example.text(), example.spans());
    }

    /** {@code text} with brackets around the given spans, for readable failure messages. */
    public static String mark(String text, List<int[]> spans) {
        return new MarkedExample(text, List.of()).marked(spans);
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
