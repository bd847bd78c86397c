package org.strengthslint.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The document formats strengths-lint reads. The format is decided from the content of a file
 * (see {@link FormatDetector}); the name's ending only breaks ties between formats that look the
 * same inside (plain text, Markdown, HTML and e-mail are all text).
 */
public enum DocumentFormat {
    TEXT("text", "plain text", Kind.TEXT, "txt", "text"),
    MARKDOWN("markdown", "Markdown", Kind.TEXT, "md", "markdown", "mdown", "mkd"),
    DOCX("docx", "Word (DOCX)", Kind.WORD_PROCESSOR, "docx", "docm", "dotx", "dotm"),
    DOC("doc", "Word 97-2003 (DOC)", Kind.WORD_PROCESSOR, "doc", "dot"),
    ODT("odt", "OpenDocument text (ODT)", Kind.WORD_PROCESSOR, "odt", "ott"),
    RTF("rtf", "rich text (RTF)", Kind.WORD_PROCESSOR, "rtf"),
    PDF("pdf", "PDF", Kind.PAGES, "pdf"),
    HTML("html", "HTML", Kind.OTHER, "html", "htm", "xhtml"),
    EML("eml", "e-mail (EML)", Kind.OTHER, "eml"),
    MSG("msg", "Outlook message (MSG)", Kind.OTHER, "msg"),
    PPTX("pptx", "PowerPoint (PPTX)", Kind.SLIDES, "pptx", "pptm", "ppsx"),
    ODP("odp", "OpenDocument presentation (ODP)", Kind.SLIDES, "odp", "otp");

    /** What positions a format can give besides line and column. */
    enum Kind {
        /** nothing more */
        TEXT,
        /** paragraph numbers, and pages where the file records them */
        WORD_PROCESSOR,
        /** pages */
        PAGES,
        /** slides, reported as pages */
        SLIDES,
        /** nothing more */
        OTHER
    }

    private final String label;
    private final String description;
    private final Kind kind;
    private final List<String> extensions;

    DocumentFormat(String label, String description, Kind kind, String... extensions) {
        this.label = label;
        this.description = description;
        this.kind = kind;
        this.extensions = List.of(extensions);
    }

    /** The name used in reports ({@code "format": "docx"}). */
    public String label() {
        return label;
    }

    /** The name for people ("Word (DOCX)"). */
    public String description() {
        return description;
    }

    /** The name for people after "a" or "an", as it is read aloud: "a Word (DOCX)", "an HTML", "an Outlook message (MSG)". */
    public String withArticle() {
        char first = description.charAt(0);
        boolean vowelSound = "AEIOaeio".indexOf(first) >= 0 || description.startsWith("HTML");
        return (vowelSound ? "an " : "a ") + description;
    }

    /** File name endings, without the dot, lower case; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** True where findings carry a paragraph number. */
    public boolean numbersParagraphs() {
        return kind == Kind.WORD_PROCESSOR;
    }

    /** True for presentations: their pages are slides. */
    public boolean isSlides() {
        return kind == Kind.SLIDES;
    }

    /**
     * True for the formats read by a parser (Tika's, POI's, or one of ours over their XML), on a
     * thread of the reader's under the time limit; plain text and Markdown are read directly.
     */
    public boolean isOffice() {
        return this != TEXT && this != MARKDOWN;
    }

    /**
     * How a document in this format is read. Every format has exactly one extractor: a new
     * constant does not compile until it is named here.
     */
    Extractor extractor() {
        return switch (this) {
            case TEXT -> PlainTextExtractor::read;
            case MARKDOWN -> MarkdownExtractor::read;
            case DOCX -> DocxExtractor::read;
            case ODT, ODP -> OpenDocumentExtractor::read;
            case DOC -> TikaExtractor::readDoc;
            case RTF -> TikaExtractor::readRtf;
            case PPTX -> TikaExtractor::readPptx;
            case EML -> TikaExtractor::readMail;
            case PDF, HTML, MSG -> TikaExtractor::read;
        };
    }

    /** The format a file name's ending stands for, if any. */
    public static Optional<DocumentFormat> byName(String name) {
        String extension = extension(name);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The lower-case ending of a file name, without the dot; empty when there is none. */
    public static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
