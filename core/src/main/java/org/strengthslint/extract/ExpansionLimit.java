package org.strengthslint.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Stops reading a part of a ZIP-based document (DOCX, PPTX, ODT, ODP) that expands far beyond its
 * compressed size: an archive bomb. A part may always expand to {@link #FREE_BYTES}; past that, to
 * at most {@code maxExpansion} times its compressed size (the bytes actually read are counted, so
 * a part that lies about its size in the archive's directory is caught too).
 *
 * <p>Why both: a real form is mostly empty table cells, whose XML compresses very well (an empty
 * 100 by 5 table expands about 130 times, 5,000 rows about 250 times), but it is small; a bomb is
 * big. Deflate cannot expand anything more than about 1,030 times, so a limit on the ratio alone
 * either rejects real forms or lets bombs through; a bomb of 100 MB of one character in 100 KB is
 * stopped here after about 30 MB, well under a second.
 */
final class ExpansionLimit {
    /** What any part may expand to, whatever its ratio. */
    static final long FREE_BYTES = 10L * 1024 * 1024;

    private ExpansionLimit() {}

    /** The entry's data, stopped with "archive bomb" once it expands past the limit. */
    static InputStream open(ZipFile zip, ZipArchiveEntry entry, int maxExpansion) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 0);
        long limit = compressed > (Long.MAX_VALUE - FREE_BYTES) / maxExpansion
                ? Long.MAX_VALUE
                : compressed * maxExpansion + FREE_BYTES;
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                if (skipped > 0) {
                    count(skipped);
                }
                return skipped;
            }

            private void count(long n) {
                read += n;
                if (read > limit) {
                    throw new ExtractionStopped(message(entry.getName(), maxExpansion));
                }
            }
        };
    }

    static String message(String part, int maxExpansion) {
        return String.format(
                Locale.ROOT, "archive bomb: %s expands to more than %,d times its compressed size", part, maxExpansion);
    }
}
