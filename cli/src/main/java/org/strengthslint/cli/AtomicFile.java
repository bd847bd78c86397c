package org.strengthslint.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that an interrupted run never leaves it half written: the new content goes to
 * a temporary file in the same folder, which is then moved over the file in one step. A symbolic
 * link is followed (the file it points to is replaced, the link stays), and the file's permissions
 * are kept.
 */
final class AtomicFile {
    private AtomicFile() {}

    /**
     * Writes a new file, or replaces one when {@code overwrite} is set (the caller has checked that
     * it does not exist otherwise), through a temporary file beside it.
     */
    static void create(Path file, byte[] content, boolean overwrite) throws IOException {
        Path temporary = temporaryBeside(file.toAbsolutePath());
        try {
            Files.createFile(temporary);
            writeDurably(temporary, content);
            if (overwrite) {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("this file system cannot write a file in one step", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void replace(Path file, byte[] content) throws IOException {
        Path target = file.toRealPath();
        Path temporary = temporaryBeside(target);
        try {
            // the copy gets the file's permissions before any of the content is in it, so a case
            // note only its owner may read is never readable by others, not even for a moment
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                PosixFileAttributes attributes = posix.readAttributes();
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(attributes.permissions()));
                Files.setPosixFilePermissions(temporary, attributes.permissions()); // whatever the umask took away
            } else {
                Files.createFile(temporary);
            }
            writeDurably(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        "this file system cannot replace a file in one step, so it was left as it was", e);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes the content and asks the system to put it on the disk before the file is moved into place. */
    private static void writeDurably(Path temporary, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * A name for the temporary file, in the same folder (a move within one file system is one
     * step); made by the caller, so it gets the permissions any new file gets.
     */
    private static Path temporaryBeside(Path file) {
        return file.resolveSibling(
                "." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".strengths-lint.tmp");
    }
}
