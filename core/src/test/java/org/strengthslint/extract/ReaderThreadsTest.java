package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A reader's threads are its own: none until it reads an office document, daemon threads (a
 * reader never closed does not keep the JVM alive), and all of them stopped when it is closed.
 */
class ReaderThreadsTest {
    private static final Path DOCX = OfficeExtractionTest.DOCUMENTS.resolve("parity.docx");

    /** The reading threads alive now, of every reader. */
    static Set<Thread> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("strengths-lint-extract-"))
                .collect(Collectors.toSet());
    }

    /** The reading threads alive now that were not in {@code before}. */
    static Set<Thread> startedSince(Set<Thread> before) {
        Set<Thread> started = new HashSet<>(readingThreads());
        started.removeAll(before);
        return started;
    }

    static void assertAllEnd(Set<Thread> threads) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (Thread thread : threads) {
                thread.join();
            }
        });
        threads.forEach(thread -> assertFalse(thread.isAlive(), thread.getName()));
    }

    @Test
    void threadsStartWithTheFirstOfficeDocumentAndEndWithClose() throws Exception {
        Set<Thread> before = readingThreads();
        DocumentReader reader = new DocumentReader();
        reader.read("He has complex needs.".getBytes(StandardCharsets.UTF_8), "note.txt");
        reader.fromText("He has complex needs.", "note.md");
        assertEquals(Set.of(), startedSince(before), "text is read on the caller's thread");

        assertEquals("docx", reader.read(DOCX, "parity.docx").format());
        Set<Thread> started = startedSince(before);
        assertEquals(1, started.size(), started.toString());
        started.forEach(thread -> assertTrue(thread.isDaemon(), thread.getName() + " is a daemon thread"));

        reader.close();
        assertAllEnd(started);
        IllegalStateException closed =
                assertThrows(IllegalStateException.class, () -> reader.read(DOCX, "parity.docx"));
        assertEquals("this document reader is closed", closed.getMessage());
        reader.close(); // closing twice is harmless
    }

    @Test
    void eachReaderHasItsOwnThreads() throws Exception {
        Set<Thread> before = readingThreads();
        try (DocumentReader first = new DocumentReader();
                DocumentReader second = new DocumentReader()) {
            first.read(DOCX, "parity.docx");
            Set<Thread> firsts = startedSince(before);
            second.read(DOCX, "parity.docx");
            Set<Thread> seconds = startedSince(before);
            seconds.removeAll(firsts);
            assertEquals(1, firsts.size());
            assertEquals(1, seconds.size(), "the second reader does not borrow the first one's thread");
            first.close();
            assertAllEnd(firsts);
            assertTrue(seconds.iterator().next().isAlive(), "closing one reader leaves the other's threads");
            assertEquals("docx", second.read(DOCX, "parity.docx").format());
            second.close();
            assertAllEnd(seconds);
        }
    }

    @Test
    void aClosedReaderRefusesFilesBytesAndStreams() {
        DocumentReader reader = new DocumentReader();
        reader.close();
        byte[] text = "He has complex needs.".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class, () -> reader.read(Path.of("no-such-file.docx"), "no-such-file.docx"));
        assertThrows(IllegalStateException.class, () -> reader.read(text, "note.txt"));
        assertThrows(
                IllegalStateException.class, () -> reader.read(new java.io.ByteArrayInputStream(text), "note.txt"));
    }
}
