package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing, bounded: the test documents of every office format, their bytes changed at random
 * (bytes flipped, the file cut short, a stretch blanked or repeated), are read, or refused with
 * our reason in plain words, and nothing else: no other exception, no hang, and the same answer
 * both times. A fixed seed and a fixed, small number of tries keep it to a few seconds and make a
 * failure reproducible; a document that once broke the readers is kept in
 * {@code documents/fuzzed/} and read by {@link OfficeExtractionTest}.
 */
class MutatedDocumentsTest {
    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");
    private static final List<String> FIXTURES = List.of("features.docx", "features.doc", "features.odt",
            "features.rtf", "features.pdf", "parity.html", "notice.eml", "review.msg", "slides.pptx", "slides.odp",
            "poi/Word95.doc");
    /** Short, so a mutation that made a parser loop shows as our "timed out", not a stuck build. */
    private final DocumentReader reader = new DocumentReader(ExtractionLimits.DEFAULT
            .withTimeout(Duration.ofSeconds(10)).withMaxTextChars(1_000_000));

    /** One changed document: which, how, and the seed of the changes. */
    record Mutation(String fixture, int kind, long seed) {
        byte[] apply() {
            byte[] original = read(fixture);
            Random random = new Random(seed);
            byte[] bytes = original.clone();
            switch (kind) {
                case 0 -> { // a few bytes anywhere
                    for (int i = 1 + random.nextInt(16); i > 0; i--) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut short
                case 2 -> { // a stretch blanked
                    int from = random.nextInt(bytes.length);
                    Arrays.fill(bytes, from, Math.min(bytes.length, from + 1 + random.nextInt(512)), (byte) 0);
                }
                default -> { // a stretch repeated in place of what follows it
                    int from = random.nextInt(bytes.length);
                    int length = Math.min(bytes.length - from, 1 + random.nextInt(256));
                    int to = random.nextInt(bytes.length);
                    System.arraycopy(original, from, bytes, to, Math.min(length, bytes.length - to));
                }
            }
            return bytes;
        }

        private static byte[] read(String fixture) {
            try {
                return Files.readAllBytes(DOCUMENTS.resolve(fixture));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(FIXTURES), Arbitraries.integers().between(0, 3),
                Arbitraries.longs()).as(Mutation::new);
    }

    @Property(tries = 60, seed = "20261201")
    void aChangedDocumentIsReadOrRefusedWithAReasonTheSameWayTwice(@ForAll("mutations") Mutation mutation) {
        byte[] bytes = mutation.apply();
        String name = mutation.fixture().substring(mutation.fixture().lastIndexOf('/') + 1);
        String first = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> outcome(bytes, name), mutation::toString);
        String second = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> outcome(bytes, name), mutation::toString);
        assertEquals(first, second, mutation.toString());
    }

    /** The extracted text, or our reason; any other exception fails the property. */
    private String outcome(byte[] bytes, String name) {
        try {
            return "text: " + reader.read(bytes, name).text();
        } catch (UnreadableDocumentException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
