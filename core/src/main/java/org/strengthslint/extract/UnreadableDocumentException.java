package org.strengthslint.extract;

import java.util.Objects;

/** A document that cannot be checked, with a reason a person understands. */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean otherFormat;
    /** The format of a readable document this step does not take, when known. */
    private final String format;

    public UnreadableDocumentException(String reason) {
        this(reason, false, null);
    }

    private UnreadableDocumentException(String reason, boolean otherFormat, String format) {
        super(reason);
        this.otherFormat = otherFormat;
        this.format = format;
    }

    /** A readable document of a format the step cannot take, the reason naming it. */
    public static UnreadableDocumentException otherFormat(String reason) {
        return new UnreadableDocumentException(reason, true, null);
    }

    /**
     * A readable document of a format the step cannot take (review takes DOCX and ODT only, fix
     * text and Markdown).
     *
     * @param format the format it is, as reports name it ("docx", "pdf", "text")
     */
    public static UnreadableDocumentException otherFormat(String reason, String format) {
        return new UnreadableDocumentException(reason, true, Objects.requireNonNull(format));
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
        this.otherFormat = false;
        this.format = null;
    }

    /** Whether the document is readable, but of a format this step does not take. */
    public boolean isOtherFormat() {
        return otherFormat;
    }

    /** The format of a readable document this step does not take, when known ("docx", "pdf"); else null. */
    public String format() {
        return format;
    }
}
