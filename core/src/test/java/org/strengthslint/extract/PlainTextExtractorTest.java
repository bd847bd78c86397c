package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {
    private static String checked(String text) {
        return PlainTextExtractor.extract("t.txt", text).checkable();
    }

    @Test
    void webAndEmailAddressesAreBlanked() {
        assertEquals(
                "See " + " ".repeat("https://example.org/complex-needs".length()) + " or "
                        + " ".repeat("www.example.org/abc".length()) + " now.",
                checked("See https://example.org/complex-needs or www.example.org/abc now."));
        assertEquals(
                "Write to " + " ".repeat("complex.needs@example.org".length()) + " today.",
                checked("Write to complex.needs@example.org today."));
        assertEquals("(" + " ".repeat("http://x.org/a?b=c#d".length()) + ")", checked("(http://x.org/a?b=c#d)"));
    }

    @Test
    void ordinaryTextIsKept() {
        String text = "Staff met at 10:30 in room 4 @ the hostel; see section 2://not a url.";
        assertEquals(text, checked(text));
    }

    @Test
    void blankLinesSeparateBlocks() {
        assertEquals(
                List.of(new Document.Block(0, 9), new Document.Block(12, 17)),
                PlainTextExtractor.extract("t.txt", "One.\nTwo.\n\n\nThree").blocks());
    }
}
