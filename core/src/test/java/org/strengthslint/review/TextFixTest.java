package org.strengthslint.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.extract.Document;
import org.strengthslint.extract.DocumentReader;

class TextFixTest {
    private static Finding finding(String text, String words, int from, int offset, int length, String replacement) {
        int at = text.indexOf(words, from);
        return new Finding(
                "rule",
                "labels",
                Severity.WARNING,
                1,
                1,
                1,
                1,
                at,
                words.length(),
                null,
                null,
                words,
                "",
                "",
                List.of(replacement),
                false,
                List.of(),
                offset < 0 ? null : new Edit(offset, length, replacement, ""),
                -1,
                null);
    }

    private static Document markdown(String text) {
        try (DocumentReader reader = new DocumentReader()) {
            return reader.fromText(text, "letter.md");
        }
    }

    @Test
    void editsAreMadeAndTheFirstOfTwoOverlappingOnesIsKept() {
        String text = "He is an addict and a junkie.\n";
        Document document = markdown(text);
        Finding addict =
                finding(text, "addict", 0, text.indexOf("an addict"), "an addict".length(), "a person who uses drugs");
        Finding overlapping = finding(text, "addict", 0, text.indexOf("addict"), "addict and".length(), "x");
        Finding junkie = finding(text, "junkie", 0, text.indexOf("a junkie"), "a junkie".length(), "someone");
        TextFix.Result result = TextFix.apply(document, List.of(junkie, overlapping, addict));
        assertEquals("He is a person who uses drugs and someone.\n", result.text());
        assertEquals(List.of(addict, junkie), result.applied());
        assertEquals(
                List.of(new TextFix.NotDone(overlapping, "it overlaps the edit of an earlier finding")),
                result.notDone());
    }

    @Test
    void anEditThatWouldReachIntoMarkupOrCodeIsNotMade() {
        String text = "He is *an* addict. Run `addict` now.\n";
        Document document = markdown(text);
        Finding intoEmphasis = finding(text, "addict", 0, text.indexOf("an*"), "an* addict".length(), "a person");
        Finding plain = finding(text, "addict", 0, text.indexOf("addict"), "addict".length(), "person");
        Finding none = finding(text, "addict", 0, -1, 0, "");
        TextFix.Result result = TextFix.apply(document, List.of(intoEmphasis, none));
        assertEquals(text, result.text());
        assertEquals(
                List.of(
                        new TextFix.NotDone(intoEmphasis, "its edit would change code, a link or markup"),
                        new TextFix.NotDone(none, "no safe edit")),
                result.notDone());
        assertEquals(
                "He is *an* person. Run `addict` now.\n",
                TextFix.apply(document, List.of(plain)).text());
    }
}
