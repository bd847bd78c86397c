package org.strengthslint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryFilesTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private String refusedInside(Path file) {
        return assertTimeoutPreemptively(
                BOUND,
                () -> assertThrows(
                                InvalidDataException.class,
                                () -> RepositoryFiles.readInside(file, dir, RepositoryFiles.Kind.LEXICON))
                        .getMessage());
    }

    @Test
    void aRegularFileInsideIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("ours.yml"), "category: x\n");
        assertEquals("category: x\n", RepositoryFiles.readInside(file, dir, RepositoryFiles.Kind.LEXICON));
    }

    @Test
    void aLinkOutOfTheFolderIsRefusedWithoutShowingWhatItPointsAt() throws IOException {
        Path outside = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(outside, "SECRET-LINE: do not print\n");
            Path link = dir.resolve("ours.yml");
            try {
                Files.createSymbolicLink(link, outside);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "no symbolic links here");
            }
            String message = refusedInside(link);
            assertEquals(
                    link + ": lexicon file is a symbolic link (or inside one) to a place outside the folder " + dir
                            + ", and a lexicon file named in the repository must be inside it",
                    message);
            assertFalse(message.contains("SECRET"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("ours.yml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        assertEquals(
                fifo + ": lexicon file is not a regular file (a pipe, device or socket), so it is not read",
                refusedInside(fifo));
        assertEquals(
                fifo + ": baseline file is not a regular file (a pipe, device or socket), so it is not read",
                assertTimeoutPreemptively(
                        BOUND,
                        () -> assertThrows(
                                        InvalidDataException.class,
                                        () -> RepositoryFiles.readNamed(fifo, RepositoryFiles.Kind.BASELINE))
                                .getMessage()));
    }

    @Test
    void anEndlessDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertEquals(
                "/dev/zero: configuration file is not a regular file (a pipe, device or socket), so it is not read",
                assertTimeoutPreemptively(
                        BOUND,
                        () -> assertThrows(
                                        InvalidDataException.class,
                                        () -> RepositoryFiles.readNamed(zero, RepositoryFiles.Kind.CONFIGURATION))
                                .getMessage()));
    }

    @Test
    void aFileOverTheLimitIsNotRead() throws IOException {
        Path big = dir.resolve("big.yml");
        Files.write(big, new byte[(int) RepositoryFiles.CONFIGURATION_LIMIT + 1]);
        assertEquals(
                big + ": configuration file is larger than the limit (1048577 bytes; at most 1 MB for a "
                        + "configuration file)",
                assertThrows(
                                InvalidDataException.class,
                                () -> RepositoryFiles.readNamed(big, RepositoryFiles.Kind.CONFIGURATION))
                        .getMessage());
    }

    @Test
    void aFolderIsNamedAsOne() {
        assertEquals(
                dir + ": lexicon file is a folder, not a file",
                assertThrows(
                                InvalidDataException.class,
                                () -> RepositoryFiles.readNamed(dir, RepositoryFiles.Kind.LEXICON))
                        .getMessage());
    }

    /** Makes a named pipe with the system's mkfifo; false where there is none. */
    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
