package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.tika.io.TikaInputStream;

/**
 * Reads a file or bytes into a {@link Document}. The format is detected from the content
 * ({@link FormatDetector}); plain text and Markdown are read directly, keeping exact offsets;
 * office formats go through Apache Tika's parser for that format only.
 *
 * <p>Every failure becomes an {@link UnreadableDocumentException} whose message says why in
 * plain words: password protected, damaged or truncated, not a document, unsupported type,
 * larger than the limit, timed out. A parser that crashes (any exception or error) affects only
 * its own file. Office documents are read on a separate thread so that a parser stuck outside
 * its callbacks is abandoned when the time limit passes. Thread-safe.
 */
public final class DocumentReader {
    /** File name endings read as Markdown. */
    public static final java.util.Set<String> MARKDOWN_EXTENSIONS = java.util.Set.copyOf(
            DocumentFormat.MARKDOWN.extensions());
    /** File name endings read as plain text. */
    public static final java.util.Set<String> TEXT_EXTENSIONS = java.util.Set.copyOf(DocumentFormat.TEXT.extensions());

    /** Time given to a parser, after the limit, to notice it and stop by itself. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXTRACTORS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "strengths-lint-extract-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final MarkdownExtractor markdown = new MarkdownExtractor();
    private final ExtractionLimits limits;

    public DocumentReader() {
        this(ExtractionLimits.DEFAULT);
    }

    public DocumentReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** True for the file types a folder scan picks up by default: every supported format. */
    public static boolean isSupported(Path file) {
        return DocumentFormat.byName(file.getFileName().toString()).isPresent();
    }

    public Document read(Path file, String name) throws UnreadableDocumentException {
        try {
            if (Files.isDirectory(file)) {
                // a folder reaches here when it could not be searched (or was named as a document)
                if (!Files.isReadable(file) || !Files.isExecutable(file)) {
                    throw new UnreadableDocumentException("permission denied: the folder cannot be searched");
                }
                throw new UnreadableDocumentException("is a folder, not a document");
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                throw new UnreadableDocumentException("no such file");
            }
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new UnreadableDocumentException("broken link: it points to " + Files.readSymbolicLink(file)
                        + ", which does not exist");
            }
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDocumentException("not a regular file (a device, pipe or socket)");
            }
            if (!Files.isReadable(file)) {
                throw new UnreadableDocumentException("permission denied");
            }
            long size = Files.size(file);
            checkSize(size);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("permission denied", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getMessage(), e);
        }
        return read(new Source.FileSource(file), name);
    }

    /**
     * Reads a document from a stream (standard input), which may never end: reading stops, and
     * the document is reported, once it passes the file-size limit, or, for what is named and
     * looks like plain text or Markdown, once it is sure to hold more text than the text limit
     * (text holds at least one character for every four bytes, in any encoding).
     */
    public Document read(InputStream in, String name) throws UnreadableDocumentException {
        try {
            byte[] head = in.readNBytes(FormatDetector.HEAD);
            boolean text = readAsText(head, name);
            long textCap = text ? Math.min(limits.maxTextChars(), Long.MAX_VALUE / 8) * 4 + 4 : Long.MAX_VALUE;
            long cap = Math.min(Math.min(limits.maxFileBytes(), textCap), Integer.MAX_VALUE - 16L);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(head.length);
            bytes.write(head);
            if (head.length == FormatDetector.HEAD) {
                bytes.write(in.readNBytes((int) (cap + 1 - head.length)));
            }
            if (bytes.size() > cap && cap == textCap) {
                throw new UnreadableDocumentException(tooMuchText());
            }
            if (bytes.size() > cap) {
                throw new UnreadableDocumentException("larger than the limit: more than " + megabytes(cap)
                        + " (the limit is " + megabytes(limits.maxFileBytes()) + ")");
            }
            return read(bytes.toByteArray(), name);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when a document starting with {@code head} will be read as plain text or Markdown. */
    private static boolean readAsText(byte[] head, String name) {
        if (!FormatDetector.looksLikeText(head)) {
            return false;
        }
        try {
            // for text, the first bytes are all the detector looks at
            DocumentFormat format = FormatDetector.detect(new Source.BytesSource(head), name);
            return format == DocumentFormat.TEXT || format == DocumentFormat.MARKDOWN;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Document read(byte[] bytes, String name) throws UnreadableDocumentException {
        checkSize(bytes.length);
        return read(new Source.BytesSource(bytes), name);
    }

    private void checkSize(long size) throws UnreadableDocumentException {
        if (size > limits.maxFileBytes()) {
            throw new UnreadableDocumentException("larger than the limit: " + megabytes(size) + " (the limit is "
                    + megabytes(limits.maxFileBytes()) + ")");
        }
    }

    private Document read(Source source, String name) throws UnreadableDocumentException {
        DocumentFormat format;
        try {
            format = FormatDetector.detect(source, name);
        } catch (Throwable e) {
            throw unreadable(e, DocumentFormat.byName(name).orElse(DocumentFormat.TEXT));
        }
        if (!format.isOffice()) {
            try {
                byte[] bytes = source.readAll();
                return fromText(TextDecoder.decode(bytes), name, format);
            } catch (Throwable e) {
                throw unreadable(e, format);
            }
        }
        Future<Document> task = EXTRACTORS.submit(() -> extractOffice(source, format, name));
        try {
            return task.get(limits.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadableDocumentException("timed out: reading it took longer than "
                    + Durations.describe(limits.timeout()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("interrupted");
        } catch (ExecutionException e) {
            throw unreadable(e.getCause(), format);
        }
    }

    private Document extractOffice(Source source, DocumentFormat format, String name) throws Exception {
        switch (format) {
            case DOCX -> {
                OPCPackage pkg = openPackage(source);
                try {
                    return DocxExtractor.extract(pkg, name, limits);
                } finally {
                    pkg.revert();
                }
            }
            case ODT, ODP -> {
                try (ZipFile zip = source.zip()) {
                    return OpenDocumentExtractor.extract(zip, format, name, limits);
                }
            }
            case RTF -> {
                // tracked deletions and comments are removed before Tika reads it
                byte[] rtf = RtfRevisions.strip(source.readAll());
                try (TikaInputStream stream = TikaInputStream.get(rtf)) {
                    return TikaExtractor.extract(stream, format, name, limits, java.util.List.of());
                }
            }
            case DOC -> {
                // Tika writes a DOC file's comments as ordinary paragraphs after the body: find
                // them with POI so they can be left out
                java.util.List<String> comments;
                try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = source.poifs()) {
                    comments = DocComments.texts(fs.getRoot());
                }
                try (TikaInputStream stream = source.tika()) {
                    return TikaExtractor.extract(stream, format, name, limits, comments);
                }
            }
            case PPTX -> {
                // Tika reads the package it is given, through our archive-bomb limit
                OPCPackage pkg = openPackage(source);
                try (TikaInputStream stream = source.tika()) {
                    stream.setOpenContainer(pkg);
                    return TikaExtractor.extract(stream, format, name, limits, java.util.List.of());
                } finally {
                    pkg.revert();
                }
            }
            case EML -> {
                try (TikaInputStream stream = source.tika()) {
                    MailNesting.check(stream);
                }
                try (TikaInputStream stream = source.tika()) {
                    return TikaExtractor.extract(stream, format, name, limits, java.util.List.of());
                }
            }
            default -> {
                try (TikaInputStream stream = source.tika()) {
                    return TikaExtractor.extract(stream, format, name, limits, java.util.List.of());
                }
            }
        }
    }

    /** An Office Open XML package whose parts are read through the archive-bomb limit. */
    private OPCPackage openPackage(Source source) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        ZipFile zip = source.zip();
        try {
            return OPCPackage.open(new BoundedZipEntries(zip, limits.maxExpansion()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The plain-words reason for a failure while reading a document of {@code format}. */
    static UnreadableDocumentException unreadable(Throwable thrown, DocumentFormat format) {
        ExtractionStopped stopped = ExtractionStopped.findIn(thrown);
        if (stopped != null) {
            return new UnreadableDocumentException(stopped.getMessage(), thrown);
        }
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (type.endsWith("EncryptedDocumentException") || type.endsWith("InvalidPasswordException")
                    || message.contains("password") && type.contains("Encrypt")) {
                return new UnreadableDocumentException("password protected: the document is encrypted", thrown);
            }
            if (message.contains("Zip bomb detected") || message.contains("zip bomb")) {
                return new UnreadableDocumentException("archive bomb: part of the file expands far beyond its"
                        + " compressed size", thrown);
            }
            if (type.endsWith("ZeroByteFileException")) {
                return new UnreadableDocumentException("empty file (0 bytes): not " + format.withArticle()
                        + " document", thrown);
            }
            if (t instanceof NoSuchFileException) {
                return new UnreadableDocumentException("no such file", thrown);
            }
            if (t instanceof AccessDeniedException) {
                return new UnreadableDocumentException("permission denied", thrown);
            }
            if (t instanceof OutOfMemoryError) {
                return new UnreadableDocumentException("too large to read in the memory available", thrown);
            }
            if (t instanceof StackOverflowError) {
                return new UnreadableDocumentException("damaged: its structure is nested too deeply to read", thrown);
            }
        }
        return new UnreadableDocumentException("damaged or truncated: it could not be read as "
                + format.withArticle() + " document", thrown);
    }

    /** A document from text already in memory; the name's ending chooses Markdown or plain text. */
    public Document fromText(String text, String name) {
        return fromText(text, name, MARKDOWN_EXTENSIONS.contains(DocumentFormat.extension(name))
                ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT);
    }

    private Document fromText(String text, String name, DocumentFormat format) {
        if (text.length() > limits.maxTextChars()) {
            throw new ExtractionStopped(tooMuchText());
        }
        if (format == DocumentFormat.MARKDOWN) {
            return markdown.extract(name, text);
        }
        return PlainTextExtractor.extract(name, text);
    }

    private String tooMuchText() {
        return "larger than the limit: more than " + String.format(Locale.ROOT, "%,d", limits.maxTextChars())
                + " characters of text";
    }

    /** The format a name's ending stands for (its report label), {@code text} when none. */
    public static String formatOf(String name) {
        return DocumentFormat.byName(name).orElse(DocumentFormat.TEXT).label();
    }

    static String extension(String name) {
        return DocumentFormat.extension(name);
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
    }
}
