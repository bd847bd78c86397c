package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationsTest {
    /** Whether the text between the first [ and ] (brackets removed) is inside quotation marks. */
    private static boolean quoted(String marked) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        return Quotations.in(text, 0, text.length()).covers(start, end);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We stopped saying \"[complex needs]\" last year.|true",
                "We stopped saying \u201C[complex needs]\u201D last year.|true",
                "We stopped saying \u2018[hard to reach]\u2019 last year.|true",
                "We stopped saying '[hard to reach]' last year.|true",
                "He said 'I don't feel [chaotic], I feel tired'.|true",
                "The person's [complex needs] were listed.|false",
                "The residents' [complex needs] were listed.|false",
                "It's [hard to reach] the hostel on foot.|false",
                "\"Unclosed [complex needs] here.|false",
                "\"A\" and [complex needs] and \"B\".|false"
            })
    void findsQuotedStretches(String marked, boolean expected) {
        assertEquals(expected, quoted(marked), marked);
    }
}
