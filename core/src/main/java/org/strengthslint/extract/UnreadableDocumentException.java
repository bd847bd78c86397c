package org.strengthslint.extract;

/** A document that cannot be checked, with a reason a person understands. */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean otherFormat;

    public UnreadableDocumentException(String reason) {
        this(reason, false);
    }

    private UnreadableDocumentException(String reason, boolean otherFormat) {
        super(reason);
        this.otherFormat = otherFormat;
    }

    /** A readable document of a format the step cannot take (review takes DOCX and ODT only). */
    public static UnreadableDocumentException otherFormat(String reason) {
        return new UnreadableDocumentException(reason, true);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
        this.otherFormat = false;
    }

    /** Whether the document is readable, but of a format this step does not take. */
    public boolean isOtherFormat() {
        return otherFormat;
    }
}
