package org.strengthslint.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Reads a file or a string into a {@link Document}, choosing the extractor by file type. */
public final class DocumentReader {
    /** File name endings read as Markdown. */
    public static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");
    /** File name endings read as plain text. */
    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

    private final MarkdownExtractor markdown = new MarkdownExtractor();

    /** True for the file types a folder scan picks up. */
    public static boolean isSupported(Path file) {
        String extension = extension(file.getFileName().toString());
        return MARKDOWN_EXTENSIONS.contains(extension) || TEXT_EXTENSIONS.contains(extension);
    }

    public Document read(Path file, String name) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException("is a folder, not a document");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("permission denied", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getMessage(), e);
        }
        return read(bytes, name);
    }

    public Document read(byte[] bytes, String name) throws UnreadableDocumentException {
        String extension = extension(name);
        if (!extension.isEmpty() && !MARKDOWN_EXTENSIONS.contains(extension) && !TEXT_EXTENSIONS.contains(extension)
                && looksBinary(bytes)) {
            throw new UnreadableDocumentException("unsupported type: ." + extension
                    + " files are not supported (plain text and Markdown are)");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException("not a text document (it contains binary data)");
        }
        return fromText(TextDecoder.decode(bytes), name);
    }

    /** A document from text already in memory; the name's ending chooses Markdown or plain text. */
    public Document fromText(String text, String name) {
        if (MARKDOWN_EXTENSIONS.contains(extension(name))) {
            return markdown.extract(name, text);
        }
        return PlainTextExtractor.extract(name, text);
    }

    /** The format a name's ending stands for: {@code markdown} or {@code text}. */
    public static String formatOf(String name) {
        return MARKDOWN_EXTENSIONS.contains(extension(name)) ? "markdown" : "text";
    }

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * NUL bytes do not occur in text files (UTF-16 files carry a byte-order mark, which is checked
     * first), so a NUL in the first 8 KB means binary data.
     */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
