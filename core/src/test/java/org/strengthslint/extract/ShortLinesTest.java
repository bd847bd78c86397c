package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortLinesTest {
    private static final String FULL =
            "This line of running text fills the whole width of the column as body text does,";

    /** The blocks of {@code paragraphs} (each a block, lines separated by \n) after mending, as text. */
    private static List<String> mend(String... paragraphs) {
        String text = String.join("\n", paragraphs);
        List<Document.Block> blocks = new ArrayList<>();
        int at = 0;
        for (String paragraph : paragraphs) {
            blocks.add(new Document.Block(at, at + paragraph.length()));
            at += paragraph.length() + 1;
        }
        return ShortLines.split(text, blocks).stream()
                .map(b -> text.substring(b.start(), b.end()))
                .toList();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void aHeadingJoinedToTheNextParagraphBecomesItsOwnBlock() {
        String body = lines(FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, "and it ends here.");
        assertEquals(List.of("3. Evictions and exclusions", body), mend(lines("3. Evictions and exclusions", body)));
    }

    @Test
    void aSentenceBrokenInTwoIsJoinedWhenItGoesOnInLowerCase() {
        String first = lines(FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL);
        String second = lines("and it goes on here.", "Another paragraph.");
        assertEquals(List.of(first + "\nand it goes on here.", "Another paragraph."), mend(first, second));
        String ended = lines(FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL + " and ends.");
        assertEquals(List.of(ended, "and a new one."), mend(ended, "and a new one."));
    }

    @Test
    void eachItemOfAListReadAsOneParagraphIsABlock() {
        String body = lines(FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, "end.");
        assertEquals(
                List.of(
                        body,
                        "\u2022 carry a caseload of no more than eight people;",
                        "\u2022 meet people where they are;",
                        "2. keep the centre free from alcohol;"),
                mend(
                        body,
                        lines(
                                "\u2022 carry a caseload of no more than eight people;",
                                "\u2022 meet people where they are;",
                                "2. keep the centre free from alcohol;")));
    }

    @Test
    void aNumberStartingALineInsideASentenceIsNotAnItem() {
        String body = lines(
                FULL,
                FULL,
                FULL,
                FULL,
                FULL,
                FULL,
                FULL,
                FULL,
                "Admissions to the hostel rose over the year from nine in the spring of 2022 to",
                "12. This was more.");
        assertEquals(List.of(body), mend(body));
    }

    @Test
    void aShortLineInsideASentenceStaysPutAndFewLinesAreLeftAlone() {
        String body = lines(FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, "we said,", "then went on.");
        assertEquals(List.of(body), mend(body));
        assertEquals(List.of(lines("Heading", "Text.")), mend(lines("Heading", "Text.")));
    }

    @Test
    void listMarkersAreFoundAsWordAndPdfWriteThem() {
        assertEquals(2, ListMarkers.length("\u2022 item", 0, 6));
        assertEquals(3, ListMarkers.length("1.\titem", 0, 7));
        assertEquals(0, ListMarkers.length("1. Heading", 0, 10), "a number and a space may be a heading's");
        assertEquals(0, ListMarkers.length("\u2022item", 0, 5));
    }
}
