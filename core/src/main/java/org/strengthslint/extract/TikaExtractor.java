package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads DOC, RTF, PDF, HTML, EML, MSG and PPTX through the one Apache Tika parser for the
 * format, created the first time that format is met: checking one letter never pays for setting
 * up every parser, and no content-type detection registry is loaded. Embedded files and
 * attachments are not parsed. Each {@code read} method is the {@link Extractor} of the formats
 * that need what it does before Tika reads them.
 */
final class TikaExtractor {
    private TikaExtractor() {}

    /** Each parser is made on first use; Tika's parsers are thread-safe. */
    private static final class Office {
        static final Parser PARSER = new OfficeParser();
    }

    private static final class Ooxml {
        /** Loading this parser class changes POI's settings for the whole JVM: see {@link PoiZipSettings}. */
        static final Parser PARSER = PoiZipSettings.keptAround(OOXMLParser::new);
    }

    private static final class Rtf {
        static final Parser PARSER = new RTFParser();
    }

    private static final class Pdf {
        static final Parser PARSER = new PDFParser();
    }

    private static final class Html {
        static final Parser PARSER = new JSoupParser();
    }

    private static final class Mail {
        static final Parser PARSER = new RFC822Parser();
        /** What a message's inline text and HTML parts are read with. */
        static final Parser BODY_PARSERS = new CompositeParser(new MediaTypeRegistry(), Html.PARSER, new TXTParser());
    }

    /** The {@link Extractor} of PDF, HTML and Outlook messages: the file as it is. */
    static Document read(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, TikaException, SAXException {
        try (TikaInputStream stream = source.tika()) {
            return extract(stream, format, name, limits, List.of());
        }
    }

    /** The {@link Extractor} of RTF: tracked deletions and comments are removed before Tika reads it. */
    static Document readRtf(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, TikaException, SAXException {
        byte[] rtf = RtfRevisions.strip(source.readAll());
        try (TikaInputStream stream = TikaInputStream.get(rtf)) {
            return extract(stream, format, name, limits, List.of());
        }
    }

    /**
     * The {@link Extractor} of DOC. Tika writes a DOC file's comments as ordinary paragraphs after
     * the body: they are found with POI first, so that they can be left out.
     */
    static Document readDoc(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, TikaException, SAXException {
        List<String> comments;
        try (POIFSFileSystem fs = source.poifs()) {
            comments = DocComments.texts(fs.getRoot());
        }
        try (TikaInputStream stream = source.tika()) {
            return extract(stream, format, name, limits, comments);
        }
    }

    /** The {@link Extractor} of PPTX: Tika reads the package it is given, opened through our archive-bomb limit. */
    static Document readPptx(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, TikaException, SAXException, InvalidFormatException {
        OPCPackage pkg = source.officePackage(limits.maxExpansion());
        try (TikaInputStream stream = source.tika()) {
            stream.setOpenContainer(pkg);
            return extract(stream, format, name, limits, List.of());
        } finally {
            pkg.revert();
        }
    }

    /** The {@link Extractor} of EML: a message nested too deeply is refused before Tika reads it. */
    static Document readMail(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, TikaException, SAXException {
        try (TikaInputStream stream = source.tika()) {
            MailNesting.check(stream);
        }
        try (TikaInputStream stream = source.tika()) {
            return extract(stream, format, name, limits, List.of());
        }
    }

    private static Document extract(
            TikaInputStream stream, DocumentFormat format, String name, ExtractionLimits limits, List<String> comments)
            throws IOException, TikaException, SAXException {
        TextCollector collector = new TextCollector(limits);
        collector.excludeFromEnd(comments);
        String pageClass = switch (format) {
            case PDF -> "page";
            case PPTX -> "slide-content";
            default -> null;
        };
        XhtmlCollector handler = new XhtmlCollector(collector, pageClass);
        ParseContext context = context(format);
        Parser parser = switch (format) {
            case DOC, MSG -> Office.PARSER;
            case PPTX -> Ooxml.PARSER;
            case RTF -> Rtf.PARSER;
            case PDF -> Pdf.PARSER;
            case HTML -> Html.PARSER;
            case EML -> Mail.PARSER;
            default -> throw new IllegalArgumentException(format + " is not read through this class");
        };
        if (format == DocumentFormat.HTML) {
            collector.collapseWhitespace(true);
        }
        Metadata metadata = new Metadata();
        parse(parser, stream, handler, metadata, context);
        if (format == DocumentFormat.EML || format == DocumentFormat.MSG) {
            return withSubject(collector, metadata, name, format, limits);
        }
        return collector.build(name, format);
    }

    private static void parse(
            Parser parser, InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, TikaException, SAXException {
        parser.parse(stream, handler, metadata, context);
    }

    /** The subject of a message is part of what the reader sees: it is checked first, on line 1. */
    private static Document withSubject(
            TextCollector body, Metadata metadata, String name, DocumentFormat format, ExtractionLimits limits) {
        String subject = metadata.get(TikaCoreProperties.TITLE);
        if (subject == null || subject.isBlank()) {
            subject = metadata.get("dc:subject");
        }
        Document document = body.build(name, format);
        if (subject == null || subject.isBlank() || document.text().startsWith(subject.strip())) {
            return document;
        }
        TextCollector collector = new TextCollector(limits);
        collector.append(subject);
        collector.endBlock();
        int shift = collector.position();
        collector.append(document.text());
        String text = collector.text();
        // the body's own blocks, moved down by the subject line
        java.util.List<Document.Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Document.Block(0, shift - 1));
        for (Document.Block block : document.blocks()) {
            blocks.add(new Document.Block(block.start() + shift, block.end() + shift, block.headingLevel()));
        }
        StringBuilder checkable = new StringBuilder(text);
        Masking.blankUrls(checkable);
        return new Document(name, format.label(), text, checkable.toString(), blocks, new LineIndex(text), null, false);
    }

    private static ParseContext context(DocumentFormat format) {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeHeadersAndFooters(true);
        office.setIncludeSlideMasterContent(false);
        office.setIncludeSlideNotes(true);
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        if (format == DocumentFormat.PDF) {
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setExtractAnnotationText(false);
            pdf.setExtractInlineImages(false);
            pdf.setExtractBookmarksText(false);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            context.set(PDFParserConfig.class, pdf);
        }
        // A detector that knows nothing: Tika would otherwise load its whole type registry to
        // look at embedded files we do not read anyway.
        context.set(Detector.class, (input, metadata) -> MediaType.OCTET_STREAM);
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        if (format == DocumentFormat.EML) {
            context.set(Parser.class, Mail.BODY_PARSERS);
        }
        return context;
    }

    /** Embedded files and attachments are not read: only the document's own text is checked. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is always false
        }
    }
}
