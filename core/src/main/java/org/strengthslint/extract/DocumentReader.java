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

/**
 * Reads a file or bytes into a {@link Document}. The format is detected from the content
 * ({@link FormatDetector}) and the document is read by that format's {@link Extractor}
 * ({@link DocumentFormat#extractor()}): plain text and Markdown directly, keeping exact offsets,
 * office formats through their parsers.
 *
 * <p>Every failure becomes an {@link UnreadableDocumentException} whose message says why in
 * plain words: password protected, damaged or truncated, not a document, unsupported type,
 * larger than the limit, timed out. A parser that crashes (any exception or error) affects only
 * its own file. Office documents are read on a thread of this reader's so that a parser stuck
 * outside its callbacks is abandoned when the time limit passes. Thread-safe.
 *
 * <p>The threads are started on first use and stopped by {@link #close()}. They are daemon
 * threads, and an idle one ends after a minute: a reader that is never closed does not keep the
 * JVM alive. A closed reader refuses to read files and bytes ({@link IllegalStateException}).
 */
public final class DocumentReader implements AutoCloseable {
    /** File name endings read as Markdown. */
    public static final java.util.Set<String> MARKDOWN_EXTENSIONS =
            java.util.Set.copyOf(DocumentFormat.MARKDOWN.extensions());
    /** File name endings read as plain text. */
    public static final java.util.Set<String> TEXT_EXTENSIONS = java.util.Set.copyOf(DocumentFormat.TEXT.extensions());

    /** Time given to a parser, after the limit, to notice it and stop by itself. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ExtractionLimits limits;
    private final AtomicInteger threads = new AtomicInteger();
    /** The threads office documents are read on: made on first use, guarded by {@code this}. */
    private ExecutorService pool;

    private boolean closed;

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
        ensureOpen();
        checkFile(file);
        return read(new Source.FileSource(file), name);
    }

    /**
     * The bytes of a file, after the checks {@link #read(Path, String)} makes (it exists, is a
     * regular readable file, within the size limit): for commands that change a document, which
     * read it once and work on those bytes.
     */
    public byte[] readBytes(Path file) throws UnreadableDocumentException {
        ensureOpen();
        checkFile(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            checkSize(bytes.length);
            return bytes;
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkFile(Path file) throws UnreadableDocumentException {
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
                throw new UnreadableDocumentException(
                        "broken link: it points to " + Files.readSymbolicLink(file) + ", which does not exist");
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
    }

    /**
     * Reads a document from a stream (standard input), which may never end: reading stops, and
     * the document is reported, once it passes the file-size limit, or, for what is named and
     * looks like plain text or Markdown, once it is sure to hold more text than the text limit
     * (text holds at least one character for every four bytes, in any encoding).
     */
    public Document read(InputStream in, String name) throws UnreadableDocumentException {
        ensureOpen();
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
                throw new UnreadableDocumentException(DecodedText.tooLong(limits));
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
        ensureOpen();
        checkSize(bytes.length);
        return read(new Source.BytesSource(bytes), name);
    }

    private void checkSize(long size) throws UnreadableDocumentException {
        if (size > limits.maxFileBytes()) {
            throw new UnreadableDocumentException("larger than the limit: " + megabytes(size) + " (the limit is "
                    + megabytes(limits.maxFileBytes()) + ")");
        }
    }

    /**
     * A Word (DOCX) or OpenDocument text (ODT) document read as {@link #read(byte[], String)} reads
     * it, with where each character of its text came from in the file.
     *
     * @throws UnreadableDocumentException when it cannot be read, or is neither DOCX nor ODT
     *                                     ({@link UnreadableDocumentException#isOtherFormat()})
     */
    public TracedText readTraced(byte[] bytes, String name) throws UnreadableDocumentException {
        ensureOpen();
        checkSize(bytes.length);
        Source source = new Source.BytesSource(bytes);
        DocumentFormat format;
        try {
            format = FormatDetector.detect(source, name);
        } catch (ExtractionStopped e) {
            // the content is not what the name says ("not a Word (DOCX) document: the file holds plain text")
            throw UnreadableDocumentException.otherFormat(e.getMessage());
        } catch (Throwable e) {
            throw UnreadableReasons.of(e, DocumentFormat.byName(name).orElse(DocumentFormat.DOCX));
        }
        if (format == DocumentFormat.DOCX) {
            return inPool(() -> DocxExtractor.readTraced(source, name, limits, new DocxExtractor.Trace()), format);
        }
        if (format == DocumentFormat.ODT) {
            return inPool(() -> OpenDocumentExtractor.readTraced(source, format, name, limits), format);
        }
        throw UnreadableDocumentException.otherFormat(
                "not a Word (DOCX) or OpenDocument text (ODT) document: it is " + format.label(), format.label());
    }

    private Document read(Source source, String name) throws UnreadableDocumentException {
        DocumentFormat format;
        try {
            format = FormatDetector.detect(source, name);
        } catch (Throwable e) {
            throw UnreadableReasons.of(e, DocumentFormat.byName(name).orElse(DocumentFormat.TEXT));
        }
        Extractor extractor = format.extractor();
        if (!format.isOffice()) {
            try {
                return extractor.extract(source, format, name, limits);
            } catch (Throwable e) {
                throw UnreadableReasons.of(e, format);
            }
        }
        return inPool(() -> extractor.extract(source, format, name, limits), format);
    }

    /** Reads an office document on a thread of the reader's, within the time limit. */
    private <T> T inPool(java.util.concurrent.Callable<T> reading, DocumentFormat format)
            throws UnreadableDocumentException {
        Future<T> task;
        try {
            task = pool().submit(reading);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("this document reader is closed", e); // closed meanwhile
        }
        try {
            return task.get(limits.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadableDocumentException(
                    "timed out: reading it took longer than " + Durations.describe(limits.timeout()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("interrupted");
        } catch (ExecutionException e) {
            throw UnreadableReasons.of(e.getCause(), format);
        }
    }

    /** The threads office documents are read on, started now if this is the first. */
    private synchronized ExecutorService pool() {
        ensureOpen();
        if (pool == null) {
            pool = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "strengths-lint-extract-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    private synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this document reader is closed");
        }
    }

    /**
     * Stops the threads this reader reads office documents on; a document being read on one is
     * interrupted. Close a reader once it has read everything it was made for.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** A document from text already in memory; the name's ending chooses Markdown or plain text. */
    public Document fromText(String text, String name) {
        DecodedText.within(text, limits);
        return MARKDOWN_EXTENSIONS.contains(DocumentFormat.extension(name))
                ? MarkdownExtractor.SHARED.extract(name, text)
                : PlainTextExtractor.extract(name, text);
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
