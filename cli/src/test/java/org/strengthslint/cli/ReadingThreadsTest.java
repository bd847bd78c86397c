package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strengthslint.CheckSession;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.extract.ExtractionLimits;

/**
 * The threads office documents are read on belong to what made them: a check closes its session
 * and its reader, and a session closes the linters it built, so that none is left running in a
 * process that goes on (a build server, an IDE, a Maven daemon).
 */
class ReadingThreadsTest {
    private static final Path DOCUMENTS = OfficeDocumentsTest.DOCUMENTS;

    private static Set<Thread> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("strengths-lint-extract-"))
                .collect(Collectors.toSet());
    }

    /** Every reading thread started since {@code before} ends (or has ended) within a generous bound. */
    private static void assertStartedThreadsEnd(Set<Thread> before) {
        Set<Thread> started = new HashSet<>(readingThreads());
        started.removeAll(before);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (Thread thread : started) {
                thread.join();
            }
        });
        started.forEach(thread -> assertFalse(thread.isAlive(), thread.getName()));
    }

    @Test
    void aCheckLeavesNoReadingThreadBehind() {
        Set<Thread> before = readingThreads();
        CliRun run = CliRun.run(
                "check",
                "--format",
                "json",
                "--fail-on",
                "never",
                DOCUMENTS.resolve("parity.docx").toString(),
                DOCUMENTS.resolve("slides.pptx").toString(),
                DOCUMENTS.resolve("parity.pdf").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertStartedThreadsEnd(before);
    }

    @Test
    void closingASessionClosesTheLintersItBuilt() {
        Set<Thread> before = readingThreads();
        Path docx = DOCUMENTS.resolve("parity.docx");
        Linter linter;
        try (CheckSession session = CheckSession.builder(new LanguageModels()).build()) {
            linter = session.linterFor(docx);
            assertNull(linter.check(docx).error());
            Set<Thread> started = new HashSet<>(readingThreads());
            started.removeAll(before);
            assertEquals(1, started.size(), "the linter read the document on a thread of its own: " + started);
        }
        assertStartedThreadsEnd(before);
        assertThrows(IllegalStateException.class, () -> linter.check(docx));
    }

    @Test
    void closingASessionClosesTheReadersItReadWith() {
        Set<Thread> before = readingThreads();
        Path docx = DOCUMENTS.resolve("parity.docx");
        try (CheckSession session = CheckSession.builder(new LanguageModels()).build()) {
            assertNull(session.check(docx, "parity.docx").error());
            Set<Thread> started = new HashSet<>(readingThreads());
            started.removeAll(before);
            assertEquals(1, started.size(), "the session read the document on a thread of its own: " + started);
        }
        assertStartedThreadsEnd(before);
    }

    @Test
    void aSessionReadsWithinTheLimitsOfEachConfiguration() {
        Path docx = DOCUMENTS.resolve("parity.docx");
        try (CheckSession session = CheckSession.builder(new LanguageModels())
                .limits(configuration -> ExtractionLimits.DEFAULT.withMaxFileBytes(1000))
                .build()) {
            CheckResult result = session.check(docx, "parity.docx");
            assertEquals("docx", result.format());
            assertTrue(
                    result.error().startsWith("larger than the limit: ")
                            && result.error().endsWith(" (the limit is 1,000 bytes)"),
                    result.error());
            assertEquals(1000, session.limitsFor(docx).maxFileBytes());
        }
    }
}
