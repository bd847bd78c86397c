package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.data.InvalidDataException;

/** An organisation's own entry files, loaded beside the bundled lexicon. */
class OrganisationLexiconTest {
    private static final String ENTRY = """
            category: labelling
            entries:
              - id: our-junkie
                severity: warning
                patterns: [%s]
                suggestions: [person who uses drugs]
                explanation: >-
                  The word reduces a person to their drug use.
                examples:
                  flagged:
                    - "He was called a [%s] by the neighbours."
                    - "Another [%s] moved in upstairs."
                  clean:
                    - "He uses drugs and is looking for support."
                    - "The needle exchange is open on Mondays."
            """;

    @Test
    void aBundledPatternRepeatedWithTheSameConditionsIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("our-terms.yml"), ENTRY.formatted("junkie", "junkie", "junkie"));
        String message = assertThrows(InvalidDataException.class, () -> LexiconLoader.bundledWith(List.of(file)))
                .getMessage();
        assertEquals(
                file + ":5: entry 'our-junkie': pattern 'junkie' is already in entry 'junkie' ("
                        + Lexicon.bundled().entry("junkie").orElseThrow().origin()
                        + ") with the same conditions, so it could never be reported here while that entry is on;"
                        + " keep it in one entry",
                message);
    }

    @Test
    void aPatternOfItsOwnLoads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("our-terms.yml"),
                ENTRY.formatted("serial complainer", "serial complainer", "serial complainer"));
        assertEquals(
                List.of("serial complainer"),
                LexiconLoader.bundledWith(List.of(file))
                        .entry("our-junkie")
                        .orElseThrow()
                        .patterns());
    }
}
