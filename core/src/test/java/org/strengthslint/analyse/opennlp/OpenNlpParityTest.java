package org.strengthslint.analyse.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The two implementations of {@link OpenNlpTools} (this package's packed one, and OpenNLP's own
 * tools chosen with {@code strengthslint.opennlp=stock}) run side by side: the same sentences,
 * tokens and tags on all the text of the examples, so a check gives the same findings either way.
 */
class OpenNlpParityTest {
    private static final OpenNlpTools PACKED = OpenNlpTools.packed();
    private static final OpenNlpTools STOCK = OpenNlpTools.stock();

    @Test
    void sameSentencesTokensAndTagsOnEveryExample() throws IOException {
        int sentences = 0;
        int windows = 0;
        for (Path document : ExampleSentences.documents()) {
            String text = Files.readString(document);
            Span[] found = STOCK.sentences(text);
            assertArrayEquals(found, PACKED.sentences(text), document::toString);
            for (Span sentence : found) {
                String covered = sentence.getCoveredText(text).toString();
                Span[] tokens = STOCK.tokens(covered);
                assertArrayEquals(tokens, PACKED.tokens(covered), covered);
                String[] words = Span.spansToStrings(tokens, covered);
                assertArrayEquals(STOCK.tags(words), PACKED.tags(words), covered);
                for (String[] window : ExampleSentences.windows(words, 0, 2)) {
                    assertArrayEquals(STOCK.tags(window), PACKED.tags(window), () -> String.join(" ", window));
                    windows++;
                }
                sentences++;
            }
        }
        assertTrue(sentences > 150 && windows > 1_500, sentences + " sentences, " + windows + " windows");
    }

    /** What a user sees: the same findings, in the same places, from either path. */
    @Test
    void sameFindingsEitherWay() throws IOException {
        org.strengthslint.lexicon.Lexicon lexicon = org.strengthslint.testing.TestLinters.testLexicon();
        try (org.strengthslint.Linter packed = org.strengthslint.Linter.builder()
                        .lexicon(lexicon)
                        .languageModels(new org.strengthslint.analyse.LanguageModels(OpenNlpTools.packed()))
                        .build();
                org.strengthslint.Linter stock = org.strengthslint.Linter.builder()
                        .lexicon(lexicon)
                        .stockOpenNlp()
                        .build()) {
            int findings = 0;
            for (Path folder : java.util.List.of(
                    Path.of("../examples"),
                    Path.of("../lexicon/src/test/resources/evaluation/tuning"),
                    Path.of("../lexicon/src/test/resources/evaluation/holdout"))) {
                try (var files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        var expected = packed.check(file).findings();
                        assertEquals(expected, stock.check(file).findings(), file.toString());
                        findings += expected.size();
                    }
                }
            }
            assertTrue(findings >= 30, "the documents have findings to compare: " + findings);
        }
    }

    @Test
    void sameAnswersOnHardText() {
        String text = PackedToolsTest.TEXT;
        assertArrayEquals(STOCK.sentences(text), PACKED.sentences(text));
        Span[] tokens = STOCK.tokens(text);
        assertArrayEquals(tokens, PACKED.tokens(text));
        String[] words = Span.spansToStrings(tokens, text);
        assertArrayEquals(STOCK.tags(words), PACKED.tags(words));
        assertArrayEquals(
                new String[] {"PRON", "AUX", "ADV", "ADJ", "PUNCT"},
                STOCK.tags(new String[] {"She", "is", "very", "chaotic", "."}));
    }

    @Test
    void thePropertyChoosesTheImplementation() {
        assertInstanceOf(PackedTools.class, OpenNlpTools.named(null));
        assertInstanceOf(PackedTools.class, OpenNlpTools.named("packed"));
        assertInstanceOf(StockTools.class, OpenNlpTools.named("stock"));
        assertInstanceOf(StockTools.class, OpenNlpTools.named(" Stock "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenNlpTools.named("fast"));
        assertEquals(
                "the system property strengthslint.opennlp must be 'packed' or 'stock', not 'fast'", e.getMessage());
    }
}
