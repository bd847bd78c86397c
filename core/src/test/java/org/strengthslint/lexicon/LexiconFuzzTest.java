package org.strengthslint.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strengthslint.config.InvalidDataException;
import org.strengthslint.config.Utf8Text;
import org.strengthslint.match.TermMatcher;

/**
 * Fuzzing the lexicon reader, bounded: a valid entry file with bytes changed, inserted or cut
 * either loads, and then compiles into a matcher, or fails with an {@link InvalidDataException}.
 */
class LexiconFuzzTest {
    private static final String INDEX = """
            categories:
              - id: blame
                description: Puts the blame on the person.
            sources:
              TEST: a test
            files: [blame.yml]
            """;
    private static final String VALID = """
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
            """;

    @Provide
    Arbitrary<byte[]> mutatedEntryFiles() {
        return org.strengthslint.config.ConfigurationFuzzTest.Mutations.of(VALID.getBytes(StandardCharsets.UTF_8),
                List.of("[", "]", "{", "}", ":", "- ", "&a ", "*a", "\t", "\n    ", "'", "\"", "<person>", "=", "-",
                        " word word word word word word word word word word word word word", "\u00ff", "true", "7"));
    }

    @Property(tries = 300)
    void mutatedEntryFilesLoadAndCompileOrAreRejected(@ForAll("mutatedEntryFiles") byte[] bytes) {
        Lexicon lexicon;
        try {
            lexicon = LexiconLoader.fromTexts(INDEX, Map.of("blame.yml", Utf8Text.decode(bytes, "blame.yml")));
        } catch (InvalidDataException expected) {
            return;
        }
        new TermMatcher(lexicon, null, org.strengthslint.config.Configuration.DEFAULT);
    }
}
