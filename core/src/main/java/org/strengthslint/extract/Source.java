package org.strengthslint.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;

/**
 * Where a document's bytes come from: a file, opened only for reading (never written, locked or
 * given a new time stamp), or bytes in memory (standard input).
 */
abstract sealed class Source {
    abstract long size() throws IOException;

    /** Up to {@code n} bytes from the start. */
    abstract byte[] head(int n) throws IOException;

    abstract byte[] readAll() throws IOException;

    abstract TikaInputStream tika() throws IOException;

    abstract ZipFile zip() throws IOException;

    abstract POIFSFileSystem poifs() throws IOException;

    /**
     * The bytes as an Office Open XML package (DOCX, PPTX) whose parts are read through the
     * archive-bomb limit; {@link OPCPackage#revert()} closes it.
     */
    OPCPackage officePackage(int maxExpansion) throws IOException, InvalidFormatException {
        ZipFile zip = zip();
        try {
            return OPCPackage.open(new BoundedZipEntries(zip, maxExpansion));
        } catch (InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    static final class FileSource extends Source {
        private final Path file;

        FileSource(Path file) {
            this.file = file;
        }

        Path path() {
            return file;
        }

        @Override
        long size() throws IOException {
            return Files.size(file);
        }

        @Override
        byte[] head(int n) throws IOException {
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
                return in.readNBytes(n);
            }
        }

        @Override
        byte[] readAll() throws IOException {
            return Files.readAllBytes(file);
        }

        @Override
        TikaInputStream tika() throws IOException {
            return TikaInputStream.get(file);
        }

        @Override
        ZipFile zip() throws IOException {
            SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ);
            try {
                return ZipFile.builder()
                        .setSeekableByteChannel(channel)
                        .setUseUnicodeExtraFields(true)
                        .get();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        POIFSFileSystem poifs() throws IOException {
            return new POIFSFileSystem(file.toFile(), true);
        }
    }

    static final class BytesSource extends Source {
        private final byte[] bytes;

        BytesSource(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        long size() {
            return bytes.length;
        }

        @Override
        byte[] head(int n) {
            return java.util.Arrays.copyOf(bytes, Math.min(n, bytes.length));
        }

        @Override
        byte[] readAll() {
            return bytes;
        }

        @Override
        TikaInputStream tika() {
            return TikaInputStream.get(bytes);
        }

        @Override
        ZipFile zip() throws IOException {
            return ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                    .get();
        }

        @Override
        POIFSFileSystem poifs() throws IOException {
            return new POIFSFileSystem(new ByteArrayInputStream(bytes));
        }
    }
}
