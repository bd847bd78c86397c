package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.api.Version;

/**
 * The distribution archive as a user gets it: unpacked into a folder of its own, with nothing
 * else from the build, and run through its launcher. Runs after {@code package} (failsafe).
 */
class DistributionIT {
    private static final Path TARGET = Path.of("target");
    private static final String NAME = "strengths-lint-" + Version.current();

    record Run(int exitCode, String out, String err) {}

    private static Run run(Path folder, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theUnpackedArchiveChecksAnExampleThroughItsLauncher(@TempDir Path dir) throws Exception {
        Path archive = TARGET.resolve(NAME + ".tar.gz");
        assertTrue(Files.isRegularFile(archive), "mvn package made " + archive);
        assumeTrue(
                Files.isExecutable(Path.of("/bin/sh"))
                        && (Files.isExecutable(Path.of("/usr/bin/tar")) || Files.isExecutable(Path.of("/bin/tar"))),
                "a Unix shell and tar");
        assertEquals(
                0,
                run(dir, Map.of(), "tar", "-xzf", archive.toAbsolutePath().toString())
                        .exitCode());
        Path home = dir.resolve(NAME);
        Path launcher = home.resolve("bin/strengths-lint");
        assertTrue(Files.isExecutable(launcher), "bin/strengths-lint keeps its executable bit");
        for (String file : List.of(
                "lib/strengths-lint.jar",
                "bin/strengths-lint.cmd",
                "README.md",
                "LICENSE",
                "examples/hostel-warning-letter.md",
                "docs/commands.md",
                "lexicon/REFERENCE.md")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }

        String javaHome = System.getProperty("java.home");
        Run check = run(
                dir,
                Map.of("JAVA_HOME", javaHome),
                launcher.toString(),
                "check",
                "--quiet",
                home.resolve("examples/hostel-warning-letter.md").toString());
        assertEquals(1, check.exitCode(), "the example has findings: " + check.err());
        assertTrue(
                check.out()
                        .lines()
                        .findFirst()
                        .orElse("")
                        .startsWith(home.resolve("examples/hostel-warning-letter.md") + ":"),
                check.out());
        assertEquals("", check.err(), "no logging or JVM warnings");

        Run version = run(dir, Map.of("JAVA_HOME", javaHome), launcher.toString(), "--version");
        assertEquals("strengths-lint " + Version.current() + "\n", version.out());

        // the help of a check needs no language models, and the launcher's main must not expect them
        Run help = run(dir, Map.of("JAVA_HOME", javaHome), launcher.toString(), "check", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: strengths-lint check "), help.out());

        // through a link elsewhere (as in /usr/local/bin), and with a CDPATH that would lead cd astray
        Path links = Files.createDirectories(dir.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("strengths-lint"), launcher);
        Run linked = run(links, Map.of("JAVA_HOME", javaHome, "CDPATH", dir.toString()), link.toString(), "--version");
        assertEquals("strengths-lint " + Version.current() + "\n", linked.out(), linked.err());

        // an old Java is named, and the exit code is 2 (1 would read as "findings" in CI)
        Path oldJava = Files.createDirectories(dir.resolve("java11/bin")).resolve("java");
        Files.writeString(oldJava, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        assertTrue(oldJava.toFile().setExecutable(true));
        Run old = run(dir, Map.of("JAVA_HOME", dir.resolve("java11").toString()), launcher.toString(), "--version");
        assertEquals(2, old.exitCode());
        assertEquals("strengths-lint: Java 17 or newer is needed; " + oldJava + " is version 11\n", old.err());

        Run noJava = run(dir, Map.of("JAVA_HOME", dir.resolve("no-java").toString()), launcher.toString(), "--version");
        assertEquals(2, noJava.exitCode());
        assertEquals(
                "strengths-lint: Java 17 or newer is needed; install it, or set JAVA_HOME to where it is\n",
                noJava.err());
    }

    @Test
    void theZipHoldsTheSameFilesWithWindowsLineEndingsForTheCmdLauncher() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(TARGET.resolve(NAME + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            String cmd = new String(
                    zip.getInputStream(zip.getEntry(NAME + "/bin/strengths-lint.cmd"))
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(cmd.contains("\r\n") && cmd.contains("\\lib\\strengths-lint.jar"), cmd);
        }
        for (String file : List.of(
                "lib/strengths-lint.jar", "bin/strengths-lint", "bin/strengths-lint.cmd", "README.md", "LICENSE")) {
            assertTrue(names.contains(NAME + "/" + file), file + " in " + names);
        }
    }
}
