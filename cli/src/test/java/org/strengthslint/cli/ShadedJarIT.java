package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jar users get holds the command and what it needs, not the benchmark programs (cli's test
 * sources, run by bench/*.sh) nor the test libraries. Runs after {@code package} (failsafe).
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target/strengths-lint.jar");

    private static List<String> entries() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "mvn package made " + JAR);
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            return jar.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void holdsTheCommandAndNotTheBenchmarks() throws IOException {
        List<String> entries = entries();
        assertTrue(entries.contains("org/strengthslint/cli/Main.class"), "the command is in the jar");
        assertTrue(entries.contains("org/strengthslint/Linter.class"), "the engine is in the jar");
        assertEquals(
                List.of(),
                entries.stream()
                        .filter(name -> name.startsWith("org/strengthslint/cli/bench/"))
                        .toList(),
                "benchmark programs in the shipped jar");
        assertEquals(
                List.of(),
                entries.stream()
                        .filter(name -> name.startsWith("org/junit/"))
                        .limit(3)
                        .toList(),
                "test libraries in the shipped jar");
    }
}
