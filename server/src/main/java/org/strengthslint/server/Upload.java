package org.strengthslint.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.strengthslint.extract.ExtractionLimits;

/**
 * The document a request sends: a file (a multipart part named {@code file}, whose name tells its
 * format along with its content) or pasted text (a {@code text/plain} body in UTF-8, or a multipart
 * field named {@code text}), checked as plain text exactly as sent so that positions fit it. Text
 * is decoded by the charset its {@code Content-Type} names, UTF-8 when none.
 *
 * @param name  the file's name without any folder, or {@link #PASTED} for text
 * @param bytes the file's bytes, or null for text
 * @param text  the pasted text, or null for a file
 */
record Upload(String name, byte[] bytes, String text) {
    static final String PASTED = "pasted text";

    boolean isFile() {
        return bytes != null;
    }

    static Upload from(Context ctx, ExtractionLimits limits) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file != null) {
                return new Upload(fileName(file.filename()), read(file, limits), null);
            }
            String text = ctx.formParam("text");
            if (text != null) {
                return pasted(text, limits);
            }
            throw new ApiError(400, "send a document as a part named 'file', or text as a field named 'text'");
        }
        if (type.isEmpty() || type.startsWith("text/plain")) {
            Charset charset = charset(type);
            byte[] body = ctx.bodyAsBytes();
            if (body.length > limits.maxFileBytes()) {
                throw tooLarge(limits, true);
            }
            return pasted(new String(body, charset), limits);
        }
        throw new ApiError(
                415, "send text as text/plain (UTF-8), or a document as multipart/form-data with a part named 'file'");
    }

    private static Upload pasted(String text, ExtractionLimits limits) {
        if (text.length() > limits.maxTextChars()) {
            throw new ApiError(
                    413,
                    String.format(
                            Locale.ROOT, "the text is longer than the limit of %,d characters", limits.maxTextChars()));
        }
        return new Upload(PASTED, null, text);
    }

    private static byte[] read(UploadedFile file, ExtractionLimits limits) {
        if (file.size() > limits.maxFileBytes()) {
            throw tooLarge(limits, false);
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ApiError(400, "the file did not arrive whole");
        }
    }

    /** Over the size limit: "the file is larger than the limit of 256 MB" (or "the text"). */
    static ApiError tooLarge(ExtractionLimits limits, boolean text) {
        return new ApiError(
                413, (text ? "the text" : "the file") + " is larger than the limit of " + size(limits.maxFileBytes()));
    }

    /** The charset a text/plain body names (UTF-8 when it names none); one Java does not know is refused. */
    private static Charset charset(String type) {
        for (String parameter : type.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equals("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new ApiError(415, "the text's character set '" + name + "' is not one this server knows");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** "256 MB", "512 KB", "900 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** The last part of a name a browser sends (some send a whole path), never empty. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "document" : name;
    }
}
