package org.strengthslint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.CheckResult;
import org.strengthslint.testing.TestLinters;

/** A linter owns the threads it reads office documents on, and closing it stops them. */
class LinterCloseTest {
    private static final Path DOCX = Path.of("src/test/resources/documents/parity.docx");

    private static Set<Thread> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("strengths-lint-extract-"))
                .collect(Collectors.toSet());
    }

    @Test
    void closingALinterStopsItsReadingThreads() throws Exception {
        Set<Thread> before = readingThreads();
        Linter linter = Linter.builder().lexicon(TestLinters.testLexicon()).build();
        CheckResult result = linter.check(DOCX);
        assertNull(result.error());
        assertEquals("docx", result.format());

        Set<Thread> started = new HashSet<>(readingThreads());
        started.removeAll(before);
        assertEquals(1, started.size(), started.toString());
        started.forEach(thread -> assertTrue(
                thread.isDaemon(), thread.getName() + ": a linter never closed must not keep the JVM alive"));

        linter.close();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (Thread thread : started) {
                thread.join();
            }
        });
        started.forEach(thread -> assertFalse(thread.isAlive(), thread.getName()));

        // a closed linter still checks text in memory, and refuses files and bytes
        assertNull(linter.check("He has complex needs.", "note.txt").error());
        assertEquals(
                "this document reader is closed",
                assertThrows(IllegalStateException.class, () -> linter.check(DOCX))
                        .getMessage());
        byte[] bytes = Files.readAllBytes(DOCX);
        assertThrows(IllegalStateException.class, () -> linter.check(bytes, "parity.docx"));
    }

    @Test
    void aLinterThatReadsOnlyTextStartsNoThread() {
        Set<Thread> before = readingThreads();
        try (Linter linter = Linter.builder().lexicon(TestLinters.testLexicon()).build()) {
            linter.check("He has complex needs.", "note.md");
            linter.check("He has complex needs.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "note.txt");
            Set<Thread> started = new HashSet<>(readingThreads());
            started.removeAll(before);
            assertEquals(Set.of(), started);
        }
    }
}
