package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strengthslint.data.InvalidDataException;

class FunctionWordsTest {
    @Test
    void theBundledTableAnswersFunctionWordsOnly() {
        assertEquals("DET", FunctionWords.tag("the"));
        assertEquals("AUX", FunctionWords.tag("'ve"));
        assertNull(FunctionWords.tag("tenant"));
        assertNull(FunctionWords.tag("to"), "a preposition or an infinitive's mark: the tagger decides");
        assertNull(FunctionWords.tag("as"), "a preposition or 'because': the tagger decides");
    }

    @Test
    void aLineIsATagAndItsWords() {
        assertEquals(
                Map.of("the", "DET", "a", "DET", "of", "ADP"),
                FunctionWords.parse("# c\nDET the a\n\nADP of\n", "f.txt"));
        assertEquals(
                "f.txt:2: a line is a part-of-speech tag (such as DET or ADP) and its words, not 'DT the'",
                assertThrows(InvalidDataException.class, () -> FunctionWords.parse("DET a\nDT the\n", "f.txt"))
                        .getMessage());
        assertEquals(
                "f.txt:2: 'a' is already listed as DET",
                assertThrows(InvalidDataException.class, () -> FunctionWords.parse("DET a\nADP a\n", "f.txt"))
                        .getMessage());
    }
}
