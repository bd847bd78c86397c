package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentBodyHandlers;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OpenDocument text (ODT) and presentations (ODP), read with Tika's OpenDocument body handler.
 * Before Tika sees the XML, tracked changes (the deleted text they keep) and comments
 * ({@code office:annotation}) are removed, and page breaks are watched: LibreOffice records where
 * it broke pages ({@code text:soft-page-break}), used when they account for the page count in
 * {@code meta.xml}. Each slide of a presentation is a page. Headers and footers (in
 * {@code styles.xml}) come after the body and have no page.
 */
final class OpenDocumentExtractor {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private OpenDocumentExtractor() {}

    /** The {@link Extractor} of ODT and ODP. */
    static Document read(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, SAXException, TikaException {
        try (ZipFile zip = source.zip()) {
            return extract(zip, format, name, limits, null).document();
        }
    }

    /** The document, and where each character of its text came from: the same reading. */
    static TracedText readTraced(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, SAXException, TikaException {
        try (ZipFile zip = source.zip()) {
            return extract(zip, format, name, limits, new Trace());
        }
    }

    private static TracedText extract(
            ZipFile zip, DocumentFormat format, String name, ExtractionLimits limits, Trace trace)
            throws IOException, SAXException, TikaException {
        ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest != null) {
            String text = new String(readSmall(zip, manifest, limits.maxExpansion()), StandardCharsets.UTF_8);
            if (text.contains("encryption-data")) {
                throw ExtractionStopped.encrypted();
            }
        }
        ZipArchiveEntry content = zip.getEntry("content.xml");
        if (content == null) {
            throw new ExtractionStopped(
                    "damaged: this " + format.label().toUpperCase(java.util.Locale.ROOT) + " file has no content.xml");
        }
        TextCollector collector = new TextCollector(limits);
        if (trace != null) {
            collector.traceOrigins();
            trace.startPart("/content.xml");
        }
        boolean slides = format.isSlides();
        List<Integer> softBreaks = new ArrayList<>();
        List<Integer> manualBreaks = new ArrayList<>();
        ParseContext context = new ParseContext();
        RawEvents body = new RawEvents(collector, slides, softBreaks, manualBreaks, context, trace);
        parse(zip, content, body, context, limits.maxExpansion());
        collector.endBlock();
        int bodyEnd = collector.position();
        ZipArchiveEntry styles = zip.getEntry("styles.xml");
        if (!slides && styles != null) {
            collector.page(0);
            if (trace != null) {
                trace.startPart("/styles.xml");
            }
            parse(
                    zip,
                    styles,
                    new RawEvents(collector, false, null, null, context, trace),
                    context,
                    limits.maxExpansion());
            collector.endBlock();
        }
        if (slides) {
            return traced(body.directives.applyTo(collector.build(name, format)), collector, trace);
        }
        int[] breaks = Pages.choose(
                softBreaks.stream().mapToInt(Integer::intValue).toArray(),
                manualBreaks.stream().mapToInt(Integer::intValue).sorted().toArray(),
                pageCount(zip, limits.maxExpansion()),
                bodyEnd);
        Document built = collector.build(name, format);
        PageMap pages = null;
        if (breaks != null) {
            boolean after = bodyEnd < built.text().length();
            int[] starts = new int[breaks.length + 1 + (after ? 1 : 0)];
            int[] numbers = new int[starts.length];
            numbers[0] = 1;
            for (int i = 0; i < breaks.length; i++) {
                starts[i + 1] = breaks[i];
                numbers[i + 1] = i + 2;
            }
            if (after) {
                starts[starts.length - 1] = bodyEnd; // headers and footers: on every page
            }
            pages = new PageMap(starts, numbers);
        }
        return traced(body.directives.applyTo(built.withPages(pages)), collector, trace);
    }

    private static TracedText traced(Document document, TextCollector collector, Trace trace) {
        return trace == null
                ? new TracedText(document, List.of(), new long[0])
                : new TracedText(document, trace.partNames, collector.origins());
    }

    /**
     * Where the characters of an OpenDocument part came from: each text node (the text between two
     * tags, as a DOM of the part holds it) is numbered in document order, and the characters the
     * parser reports are queued with their place; Tika's handler writes them on at once, with
     * spaces and tabs of its own for {@code text:s} and {@code text:tab}, so the two are matched
     * character by character. Text the handler leaves out is dropped from the queue at the next tag.
     */
    static final class Trace implements XhtmlCollector.Origins {
        final List<String> partNames = new ArrayList<>();
        private int node;
        private int index;
        private boolean newNode;
        private final StringBuilder queued = new StringBuilder();
        private long[] queuedOrigins = new long[64];
        private int head;

        void startPart(String name) {
            partNames.add(name);
            node = -1;
            newNode = true;
            clear();
        }

        /** A tag: the next text is a new node, and text not written by now never will be. */
        void markup() {
            newNode = true;
            clear();
        }

        void text(char[] ch, int start, int length, boolean read) {
            if (newNode) {
                node++;
                index = 0;
                newNode = false;
            }
            clear();
            if (read) {
                int part = partNames.size() - 1;
                for (int i = 0; i < length; i++) {
                    if (queued.length() == queuedOrigins.length) {
                        queuedOrigins = java.util.Arrays.copyOf(queuedOrigins, queuedOrigins.length * 2);
                    }
                    queuedOrigins[queued.length()] = TracedText.origin(part, node, index + i);
                    queued.append(ch[start + i]);
                }
            }
            index += length;
        }

        private void clear() {
            queued.setLength(0);
            head = 0;
        }

        @Override
        public long[] originsOf(char[] ch, int start, int length) {
            long[] from = new long[length];
            for (int i = 0; i < length; i++) {
                if (head < queued.length() && queued.charAt(head) == ch[start + i]) {
                    from[i] = queuedOrigins[head++];
                } else {
                    from[i] = -1;
                }
            }
            return from;
        }
    }

    private static void parse(
            ZipFile zip, ZipArchiveEntry entry, ContentHandler handler, ParseContext context, int maxExpansion)
            throws IOException, SAXException, TikaException {
        try (InputStream in = ExpansionLimit.open(zip, entry, maxExpansion)) {
            XMLReaderUtils.parseSAX(in, handler, context);
        }
    }

    private static byte[] readSmall(ZipFile zip, ZipArchiveEntry entry, int maxExpansion) throws IOException {
        try (InputStream in = ExpansionLimit.open(zip, entry, maxExpansion)) {
            return in.readNBytes(1024 * 1024);
        }
    }

    /** meta:page-count from meta.xml, or 0. */
    private static int pageCount(ZipFile zip, int maxExpansion) {
        ZipArchiveEntry meta = zip.getEntry("meta.xml");
        if (meta == null) {
            return 0;
        }
        int[] count = {0};
        try (InputStream in = ExpansionLimit.open(zip, meta, maxExpansion)) {
            XMLReaderUtils.parseSAX(
                    in,
                    new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes atts) {
                            if ("document-statistic".equals(localName)) {
                                String value = atts.getValue(META_NS, "page-count");
                                if (value != null) {
                                    try {
                                        count[0] = Integer.parseInt(value.strip());
                                    } catch (NumberFormatException e) {
                                        count[0] = 0;
                                    }
                                }
                            }
                        }
                    },
                    new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            return 0;
        }
        return count[0];
    }

    /**
     * Removes tracked changes and comments, watches page breaks and slides, and passes the rest
     * to Tika's body handler, whose XHTML goes to an {@link XhtmlCollector}.
     */
    private static final class RawEvents extends ForwardingHandler {
        private final TextCollector collector;
        private final boolean slides;
        private final List<Integer> softBreaks;
        private final List<Integer> manualBreaks;
        /** paragraph styles that start or end a page: name -> "before" / "after" */
        private final java.util.Map<String, String> pageStyles = new java.util.HashMap<>();

        private final java.util.Deque<String> breakAfter = new java.util.ArrayDeque<>();
        private String styleName;
        private int skipDepth;
        /** Suppression directives found in comments ({@code office:annotation}). */
        final CommentDirectives directives = new CommentDirectives();

        private StringBuilder annotation;
        private int annotationAnchor;
        private int slide;

        private final Trace trace;

        RawEvents(
                TextCollector collector,
                boolean slides,
                List<Integer> softBreaks,
                List<Integer> manualBreaks,
                ParseContext context,
                Trace trace) {
            super(OpenDocumentBodyHandlers.create(new XhtmlCollector(collector, null).traced(trace), context));
            this.trace = trace;
            this.collector = collector;
            this.slides = slides;
            this.softBreaks = softBreaks;
            this.manualBreaks = manualBreaks;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            collector.tick();
            if (trace != null) {
                trace.markup();
            }
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (TEXT_NS.equals(uri) && "tracked-changes".equals(localName)
                    || OFFICE_NS.equals(uri)
                            && ("annotation".equals(localName) || "annotation-end".equals(localName))) {
                skipDepth = 1;
                if ("annotation".equals(localName)) {
                    annotation = new StringBuilder();
                    annotationAnchor = collector.position();
                }
                return;
            }
            if (TEXT_NS.equals(uri) && "soft-page-break".equals(localName) && softBreaks != null) {
                softBreaks.add(collector.position());
            }
            if (manualBreaks != null) {
                watchManualBreaks(uri, localName, atts);
            }
            if (slides && DRAW_NS.equals(uri) && "page".equals(localName)) {
                collector.endBlock();
                collector.page(++slide);
            }
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            collector.tick();
            if (trace != null) {
                trace.markup();
            }
            if (skipDepth > 0) {
                skipDepth--;
                if (skipDepth == 0 && annotation != null) {
                    java.util.Set<String> rules = CommentDirectives.rulesIn(annotation.toString());
                    if (rules != null) {
                        directives.add(annotationAnchor, rules);
                    }
                    annotation = null;
                } else if (annotation != null && TEXT_NS.equals(uri) && "p".equals(localName)) {
                    annotation.append(' ');
                }
                return;
            }
            next.endElement(uri, localName, qName);
            if (manualBreaks != null
                    && TEXT_NS.equals(uri)
                    && ("p".equals(localName) || "h".equals(localName))
                    && !breakAfter.isEmpty()) {
                if ("after".equals(breakAfter.pop())) {
                    collector.endBlock();
                    manualBreaks.add(collector.position());
                }
            }
        }

        /** Paragraph styles with a page break before or after them, and the paragraphs that use them. */
        private void watchManualBreaks(String uri, String localName, Attributes atts) {
            if ("style".equals(localName) && "paragraph".equals(atts.getValue(STYLE_NS, "family"))) {
                styleName = atts.getValue(STYLE_NS, "name");
            } else if ("paragraph-properties".equals(localName) && styleName != null) {
                if ("page".equals(atts.getValue(FO_NS, "break-before"))) {
                    pageStyles.put(styleName, "before");
                } else if ("page".equals(atts.getValue(FO_NS, "break-after"))) {
                    pageStyles.put(styleName, "after");
                }
            } else if (TEXT_NS.equals(uri) && ("p".equals(localName) || "h".equals(localName))) {
                String style = pageStyles.getOrDefault(atts.getValue(TEXT_NS, "style-name"), "");
                if ("before".equals(style) && collector.position() > 0) {
                    collector.endBlock();
                    manualBreaks.add(collector.position());
                }
                breakAfter.push(style);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (trace != null) {
                trace.text(ch, start, length, skipDepth == 0);
            }
            if (skipDepth == 0) {
                next.characters(ch, start, length);
            } else if (annotation != null) {
                annotation.append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (trace != null) {
                trace.text(ch, start, length, skipDepth == 0);
            }
            if (skipDepth == 0) {
                next.ignorableWhitespace(ch, start, length);
            }
        }
    }
}
