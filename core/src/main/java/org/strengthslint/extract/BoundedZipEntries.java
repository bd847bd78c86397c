package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The parts of an Office Open XML package (DOCX, PPTX) as POI reads them, each through an
 * {@link ExpansionLimit}. POI has an archive-bomb check of its own, but its limits are settings of
 * the whole process (and Tika switches them off when it loads), so one reader's limits could not
 * differ from another's; given the package this way, POI reads through ours.
 */
final class BoundedZipEntries implements ZipEntrySource {
    private final ZipFile zip;
    private final int maxExpansion;
    private boolean closed;

    BoundedZipEntries(ZipFile zip, int maxExpansion) {
        this.zip = zip;
        this.maxExpansion = maxExpansion;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return zip.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return ExpansionLimit.open(zip, entry, maxExpansion);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
