package org.strengthslint.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strengthslint.config.Configuration;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.data.Utf8Text;
import org.strengthslint.match.TermMatcher;
import org.strengthslint.testing.Fuzz;

/**
 * Fuzzing the lexicon reader, bounded and seeded: a valid entry file with bytes changed, inserted
 * or cut either loads, and then compiles into a matcher, or fails with an
 * {@link InvalidDataException}; anything else thrown fails the test with the seed, try and input.
 */
class LexiconFuzzTest {
    private static final long SEED = 20261202L;
    private static final String INDEX = """
            categories:
              - id: blame
                description: Puts the blame on the person.
            sources:
              TEST: a test
            files: [blame.yml]
            """;
    private static final byte[] VALID = """
            category: blame
            entries:
              - id: hard-to-engage
                severity: warning
                patterns: [hard to engage, hard-to-reach <person>, =refused support]
                suggestions: [not yet reached, finding the right support]
                explanation: Puts the difficulty on the person. Services can be hard to reach.
                principle: 7
                sources: [TEST]
                notAfter: [services are]
                pos: [ADJ]
                person: true
                examples:
                  flagged:
                    - "He is [hard to engage]."
                  clean:
                    - "Services are hard to engage with."
            """.getBytes(StandardCharsets.UTF_8);
    /** YAML syntax, and pieces of the pattern language (slots, exact forms, a pattern too long). */
    private static final List<String> PIECES = List.of(
            "[",
            "]",
            "{",
            "}",
            ":",
            "- ",
            "&a ",
            "*a",
            "\t",
            "\n    ",
            "'",
            "\"",
            "<person>",
            "=",
            "-",
            " word word word word word word word word word word word word word",
            "\u00ff",
            "true",
            "7");

    @Test
    void mutatedEntryFilesLoadAndCompileOrAreRejected() {
        Fuzz.check(
                SEED,
                300,
                random -> Fuzz.mutate(random, VALID, PIECES),
                input -> loadAndCompileOrReject(input.bytes()));
    }

    private static void loadAndCompileOrReject(byte[] bytes) {
        Lexicon lexicon;
        try {
            lexicon = LexiconLoader.fromTexts(INDEX, Map.of("blame.yml", Utf8Text.decode(bytes, "blame.yml")));
        } catch (InvalidDataException expected) {
            return;
        }
        new TermMatcher(lexicon, null, Configuration.DEFAULT);
    }
}
