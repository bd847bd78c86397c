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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.strengthslint.testing.Fuzz;

/**
 * Fuzzing, bounded: the test documents of every office format, their bytes changed at random
 * (bytes flipped, the file cut short, a stretch blanked or repeated), are read, or refused with
 * our reason in plain words, and nothing else: no other exception, no hang, and the same answer
 * both times. A fixed seed and a fixed, small number of tries keep it to a few seconds and make a
 * failure reproducible (it names the seed, the try and the {@link Mutation}); the tries go round the
 * documents and the kinds of damage in turn, so every document gets every kind. A document that
 * breaks a reader is to be kept in {@code documents/fuzzed/} and read by {@link OfficeExtractionTest}
 * (none has so far).
 */
class MutatedDocumentsTest {
    private static final long SEED = 20261201L;
    private static final int TRIES = 60;
    private static final int KINDS = 4;
    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");
    private static final List<String> FIXTURES = List.of(
            "features.docx",
            "features.doc",
            "features.odt",
            "features.rtf",
            "features.pdf",
            "parity.html",
            "notice.eml",
            "review.msg",
            "slides.pptx",
            "slides.odp",
            "poi/Word95.doc");
    /** Short, so a mutation that made a parser loop shows as our "timed out", not a stuck build. */
    private final DocumentReader reader = new DocumentReader(
            ExtractionLimits.DEFAULT.withTimeout(Duration.ofSeconds(10)).withMaxTextChars(1_000_000));

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

    /** Which document and which damage a try gets: every pair within the first 44 tries. */
    record Target(String fixture, int kind) {}

    @Test
    void aChangedDocumentIsReadOrRefusedWithAReasonTheSameWayTwice() {
        List<Target> targets = IntStream.range(0, TRIES)
                .mapToObj(i -> new Target(FIXTURES.get(i % FIXTURES.size()), i / FIXTURES.size() % KINDS))
                .toList();
        Fuzz.checkEach(
                SEED,
                targets,
                (target, random) -> new Mutation(target.fixture(), target.kind(), random.nextLong()),
                this::readOrRefusedTheSameWayTwice);
    }

    private void readOrRefusedTheSameWayTwice(Mutation mutation) {
        byte[] bytes = mutation.apply();
        String name = mutation.fixture().substring(mutation.fixture().lastIndexOf('/') + 1);
        String first =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> outcome(bytes, name), mutation::toString);
        String second =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> outcome(bytes, name), mutation::toString);
        assertEquals(first, second, mutation.toString());
    }

    /** The extracted text, or our reason; any other exception fails the test. */
    private String outcome(byte[] bytes, String name) {
        try {
            return "text: " + reader.read(bytes, name).text();
        } catch (UnreadableDocumentException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
