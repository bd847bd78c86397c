package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides a document's format from its content: the first bytes (PDF, RTF, ZIP and OLE2
 * signatures), then, for the two container formats, the names inside (a DOCX and a PPTX are
 * both ZIP archives; a DOC and an Outlook message are both OLE2 files). The file name decides
 * only between formats that look alike inside: plain text, Markdown, HTML and e-mail are all
 * text. A file whose content contradicts its name is read as what it is (an RTF saved as
 * {@code .doc} is read as RTF), or reported when it is not a document at all.
 */
final class FormatDetector {
    static final int HEAD = 8192;
    private static final Pattern HTML_START = Pattern.compile(
            "\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MAIL_HEADER =
            Pattern.compile("\\A(?:[A-Za-z][A-Za-z0-9-]*:[^\\r\\n]*\\r?\\n" + "(?:[ \\t][^\\r\\n]*\\r?\\n)*){2,}");
    private static final Pattern MAIL_KEY_HEADERS =
            Pattern.compile("(?im)^(?:from|to|subject|date|message-id|received|mime-version|return-path):");

    private FormatDetector() {}

    static DocumentFormat detect(Source source, String name) throws IOException {
        Optional<DocumentFormat> named = DocumentFormat.byName(name);
        long size = source.size();
        if (size == 0) {
            if (named.isPresent()
                    && named.get().isOffice()
                    && named.get() != DocumentFormat.HTML
                    && named.get() != DocumentFormat.EML) {
                throw new ExtractionStopped(
                        "empty file (0 bytes): not " + named.get().withArticle() + " document");
            }
            return named.orElse(DocumentFormat.TEXT);
        }
        byte[] head = source.head(HEAD);
        if (startsWith(head, "%PDF-") || indexOf(head, "%PDF-", 1024) >= 0 && !isText(head)) {
            return DocumentFormat.PDF;
        }
        if (startsWith(head, "{\\rtf")) {
            return DocumentFormat.RTF;
        }
        boolean textName = named.isPresent() && !named.get().isOffice();
        try {
            if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return insideOle2(source, named);
            }
            if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
                return insideZip(source, named);
            }
        } catch (ExtractionStopped e) {
            if (textName && !e.isEncrypted()) {
                // a text name over binary data that is not a readable document
                throw new ExtractionStopped(binaryReason(name, named));
            }
            throw e;
        }
        if (looksBinary(head)) {
            throw new ExtractionStopped(binaryReason(name, named));
        }
        String start = TextDecoder.decode(head);
        if (named.isPresent()) {
            DocumentFormat format = named.get();
            if (!format.isOffice() || format == DocumentFormat.HTML || format == DocumentFormat.EML) {
                return format;
            }
            if (HTML_START.matcher(start).find()) {
                return DocumentFormat.HTML; // "Web page" saved with a .doc name, as Word can
            }
            throw new ExtractionStopped("not " + format.withArticle() + " document: the file holds plain text"
                    + " (rename it to .txt to check it as text)");
        }
        if (HTML_START.matcher(start).find()) {
            return DocumentFormat.HTML;
        }
        if (MAIL_HEADER.matcher(start).find()
                && MAIL_KEY_HEADERS.matcher(start).results().count() >= 2) {
            return DocumentFormat.EML;
        }
        return DocumentFormat.TEXT;
    }

    private static String binaryReason(String name, Optional<DocumentFormat> named) {
        if (named.isPresent()) {
            DocumentFormat format = named.get();
            if (!format.isOffice()) {
                return "not a text document (it contains binary data)";
            }
            return "damaged, or not " + format.withArticle() + " document: its content is not in that format";
        }
        String extension = DocumentFormat.extension(name);
        if (!extension.isEmpty()) {
            return "unsupported type: ." + extension + " files are not supported (" + supportedList() + ")";
        }
        return "not a document: binary data of a type that is not supported (" + supportedList() + ")";
    }

    static String supportedList() {
        return "supported: text, Markdown, DOCX, DOC, ODT, RTF, PDF, HTML, EML, MSG, PPTX and ODP";
    }

    private static DocumentFormat insideOle2(Source source, Optional<DocumentFormat> named) throws IOException {
        try (POIFSFileSystem fs = source.poifs()) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw ExtractionStopped.encrypted();
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return DocumentFormat.DOC;
            }
            if (root.hasEntryCaseInsensitive("__properties_version1.0")) {
                return DocumentFormat.MSG;
            }
            for (org.apache.poi.poifs.filesystem.Entry entry : root) {
                if (entry.getName().startsWith("__substg1.0_")) {
                    return DocumentFormat.MSG;
                }
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                throw new ExtractionStopped("unsupported type: PowerPoint 97-2003 (PPT) presentations are not supported"
                        + " (save it as PPTX)");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                throw new ExtractionStopped("unsupported type: spreadsheets are not supported");
            }
            throw new ExtractionStopped(
                    "unsupported type: an Office file of a kind that is not supported (" + supportedList() + ")");
        } catch (ExtractionStopped e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExtractionStopped("damaged or truncated: not a complete "
                    + named.map(DocumentFormat::description).orElse("Office") + " file");
        }
    }

    private static DocumentFormat insideZip(Source source, Optional<DocumentFormat> named) throws IOException {
        if (source instanceof Source.FileSource file) {
            // The JDK's own ZIP reader lists a file's entries several times faster than the one
            // OpenDocument files are read with (it makes no object per entry until asked, and no
            // date); an archive it cannot open is looked at again below, as before.
            try (java.util.zip.ZipFile zip =
                    new java.util.zip.ZipFile(file.path().toFile())) {
                java.util.zip.ZipEntry mimetype = zip.getEntry("mimetype");
                String type = null;
                if (mimetype != null) {
                    try (InputStream in = zip.getInputStream(mimetype)) {
                        type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                    }
                }
                return classifyZip(type, zip.entries(), named);
            } catch (ExtractionStopped e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // not readable this way: the thorough reading below decides
            }
        }
        String what = named.map(DocumentFormat::description).orElse("document");
        try (ZipFile zip = source.zip()) {
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            String type = null;
            if (mimetype != null) {
                try (InputStream in = ExpansionLimit.open(zip, mimetype, ExtractionLimits.DEFAULT.maxExpansion())) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                }
            }
            return classifyZip(type, zip.getEntries(), named);
        } catch (ExtractionStopped e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExtractionStopped("damaged or truncated: not a complete " + what + " file (the ZIP archive"
                    + " inside is incomplete or corrupt)");
        }
    }

    /**
     * The document a ZIP archive holds, from its {@code mimetype} entry (OpenDocument; null when
     * there is none) and its entries' names (Office Open XML), from either ZIP reader (commons
     * compress's entries are the JDK's, extended).
     */
    private static DocumentFormat classifyZip(
            String mimetype, Enumeration<? extends java.util.zip.ZipEntry> entries, Optional<DocumentFormat> named) {
        if (mimetype != null) {
            String type = mimetype.strip().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/vnd.oasis.opendocument.text")) {
                return DocumentFormat.ODT;
            }
            if (type.startsWith("application/vnd.oasis.opendocument.presentation")) {
                return DocumentFormat.ODP;
            }
            if (type.startsWith("application/vnd.oasis.opendocument.")) {
                throw new ExtractionStopped("unsupported type: OpenDocument "
                        + type.substring("application/vnd.oasis.opendocument.".length()) + " files are not supported");
            }
        }
        boolean contentTypes = false;
        DocumentFormat found = null;
        boolean spreadsheet = false;
        for (int seen = 0; entries.hasMoreElements() && seen < 100_000; seen++) {
            String entry = entries.nextElement().getName();
            if (entry.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (entry.startsWith("word/")) {
                found = DocumentFormat.DOCX;
            } else if (entry.startsWith("ppt/") && found == null) {
                found = DocumentFormat.PPTX;
            } else if (entry.startsWith("xl/")) {
                spreadsheet = true;
            }
        }
        if (contentTypes && found != null) {
            return found;
        }
        if (contentTypes && spreadsheet) {
            throw new ExtractionStopped("unsupported type: spreadsheets (XLSX) are not supported");
        }
        if (named.isPresent() && named.get().isOffice()) {
            throw new ExtractionStopped("damaged, or not " + named.get().withArticle() + " document: it is a ZIP"
                    + " archive without the parts of one");
        }
        throw new ExtractionStopped("unsupported type: a ZIP archive, not a document");
    }

    /**
     * NUL bytes do not occur in text files (UTF-16 files carry a byte-order mark, which is checked
     * first), so a NUL in the first 8 KB means binary data.
     */
    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int limit = Math.min(bytes.length, HEAD);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the first bytes are text: none of the binary formats' signatures, and no NUL. */
    static boolean looksLikeText(byte[] head) {
        return !startsWith(head, "%PDF-") && !startsWith(head, "{\\rtf") && !looksBinary(head);
    }

    private static boolean isText(byte[] head) {
        return !looksBinary(head);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return indexOf(bytes, prefix, prefix.length()) == 0;
    }

    private static int indexOf(byte[] bytes, String needle, int within) {
        int limit = Math.min(bytes.length, within) - needle.length();
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int k = 0; k < needle.length(); k++) {
                if (bytes[i + k] != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
