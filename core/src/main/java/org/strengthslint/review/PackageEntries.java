package org.strengthslint.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The ZIP entries of an Office package, rewritten with only the parts the review changes or adds:
 * every other entry is copied as it was, compressed bytes and all, so nothing else in the file
 * changes.
 */
final class PackageEntries {
    /** Parts larger than this are not read into memory for a review (the extractor read them within its limits). */
    private static final long MAX_PART = 512L * 1024 * 1024;

    private final byte[] original;
    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    PackageEntries(byte[] original) throws IOException {
        this.original = original;
        try (ZipFile zip = open()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                names.add(entry.getName());
            }
        }
    }

    private ZipFile open() throws IOException {
        return ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(original))
                .get();
    }

    boolean has(String name) {
        return replaced.containsKey(name) || names.contains(name);
    }

    /** The bytes of entry {@code name}: as changed, or as in the file. */
    byte[] read(String name) throws IOException {
        byte[] changed = replaced.get(name);
        if (changed != null) {
            return changed;
        }
        try (ZipFile zip = open()) {
            ZipArchiveEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException("damaged: the package has no part " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) Math.min(MAX_PART + 1, Integer.MAX_VALUE - 16));
                if (bytes.length > MAX_PART) {
                    throw new IOException("too large to review: the part " + name + " is larger than 512 MB");
                }
                return bytes;
            }
        }
    }

    /** Entry {@code name} will hold {@code bytes}: a part changed, or a new one (added at the end). */
    void put(String name, byte[] bytes) {
        replaced.put(name, bytes);
    }

    /** The package: every entry in its place, those not changed copied byte for byte. */
    byte[] write() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(original.length + 4096);
        try (ZipFile zip = open();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (String name : names) {
                ZipArchiveEntry entry = zip.getEntry(name);
                byte[] changed = replaced.get(name);
                if (changed == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                } else {
                    writeEntry(out, name, changed, entry.getTime());
                }
            }
            for (Map.Entry<String, byte[]> added : replaced.entrySet()) {
                if (!names.contains(added.getKey())) {
                    writeEntry(out, added.getKey(), added.getValue(), -1);
                }
            }
            out.finish();
        }
        return bytes.toByteArray();
    }

    private static void writeEntry(ZipArchiveOutputStream out, String name, byte[] content, long time)
            throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        if (time >= 0) {
            entry.setTime(time);
        }
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }
}
