package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.OOXMLWordAndPowerPointTextHandler;
import org.apache.tika.parser.microsoft.ooxml.ParagraphProperties;
import org.apache.tika.parser.microsoft.ooxml.RunProperties;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Word (DOCX) documents, read part by part with Tika's streaming WordprocessingML text handler
 * ({@link OOXMLWordAndPowerPointTextHandler}), so the text is the same as Tika's while this class
 * decides what is read and in what order:
 * <ol>
 * <li>the body, then footnotes and endnotes, then headers and footers (each part once);</li>
 * <li>text deleted or moved away under tracked changes is left out; inserted text is kept;</li>
 * <li>comments are left out: they are notes between authors, not text the reader receives; a
 * comment that says {@code strengths-lint-disable [RULE...]} switches those rules off for its
 * paragraph;</li>
 * <li>pages: Word records where it last broke pages ({@code w:lastRenderedPageBreak}); other
 * programs record only manual page and section breaks. The breaks are used when they account
 * for every page the file says it has ({@code docProps/app.xml}); otherwise pages are unknown.
 * A footnote is on the page of its reference; headers and footers, being on every page, have
 * no page.</li>
 * </ol>
 */
final class DocxExtractor {
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private DocxExtractor() {}

    /** What one part is, in reading order. */
    private enum PartKind {
        BODY,
        FOOTNOTES,
        ENDNOTES,
        HEADER,
        FOOTER
    }

    /** The {@link Extractor} of DOCX: the package is opened through the archive-bomb limit. */
    static Document read(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws IOException, SAXException, TikaException, InvalidFormatException {
        return readTraced(source, name, limits, null).document();
    }

    /**
     * The document, and where its characters came from when {@code trace} is given: the same
     * reading, so that the offsets of findings name the very characters of the file.
     */
    static TracedText readTraced(Source source, String name, ExtractionLimits limits, Trace trace)
            throws IOException, SAXException, TikaException, InvalidFormatException {
        OPCPackage pkg = source.officePackage(limits.maxExpansion());
        try {
            return extract(pkg, name, limits, trace);
        } finally {
            pkg.revert();
        }
    }

    private static TracedText extract(OPCPackage pkg, String name, ExtractionLimits limits, Trace trace)
            throws IOException, SAXException, TikaException, InvalidFormatException {
        PackagePart document = mainDocument(pkg);
        if (document == null) {
            throw new ExtractionStopped("damaged: this DOCX file has no main document");
        }
        Map<PartKind, List<PackagePart>> parts = new HashMap<>();
        for (PackageRelationship relationship : document.getRelationships()) {
            if (relationship.getTargetMode() == TargetMode.EXTERNAL) {
                continue;
            }
            PartKind kind = kindOf(relationship.getRelationshipType());
            if (kind != null) {
                PackagePart part = document.getRelatedPart(relationship);
                if (part != null) {
                    parts.computeIfAbsent(kind, k -> new ArrayList<>()).add(part);
                }
            }
        }

        TextCollector collector = new TextCollector(limits);
        if (trace != null) {
            collector.traceOrigins();
        }
        Pagination pagination = new Pagination();
        Map<String, Set<String>> directiveComments = new HashMap<>(directiveComments(document));
        CommentDirectives directives = new CommentDirectives();
        ParseContext context = new ParseContext();
        List<int[]> segments = new ArrayList<>(); // {start offset, kind ordinal}

        segments.add(new int[] {collector.position(), PartKind.BODY.ordinal()});
        parse(document, collector, pagination, PartKind.BODY, context, directiveComments, directives, trace);
        int bodyEnd = collector.position();
        for (PartKind kind : List.of(PartKind.FOOTNOTES, PartKind.ENDNOTES, PartKind.HEADER, PartKind.FOOTER)) {
            for (PackagePart part : parts.getOrDefault(kind, List.of())) {
                segments.add(new int[] {collector.position(), kind.ordinal()});
                parse(part, collector, pagination, kind, context, directiveComments, directives, trace);
            }
        }
        collector.endBlock();

        int[] breaks = pagination.chosenBreaks(pageCount(pkg), bodyEnd);
        if (breaks != null) {
            applyPages(collector, breaks, bodyEnd, segments, pagination);
        }
        Document built = collector.build(name, DocumentFormat.DOCX);
        Document read = directives.applyTo(built.withPages(breaks == null ? null : pagination.map));
        return trace == null
                ? new TracedText(read, List.of(), new long[0])
                : new TracedText(read, trace.partNames, collector.origins());
    }

    private static void applyPages(
            TextCollector collector, int[] breaks, int bodyEnd, List<int[]> segments, Pagination pagination) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        starts.add(0);
        pages.add(1);
        for (int i = 0; i < breaks.length; i++) {
            if (breaks[i] < bodyEnd) {
                starts.add(breaks[i]);
                pages.add(i + 2);
            }
        }
        for (int s = 1; s < segments.size(); s++) {
            int[] segment = segments.get(s);
            PartKind kind = PartKind.values()[segment[1]];
            if (kind == PartKind.FOOTNOTES || kind == PartKind.ENDNOTES) {
                // each note starts its own stretch, on the page of its reference
                for (int[] note : pagination.notes) {
                    if (note[2] == kind.ordinal() && note[0] >= segment[0]) {
                        starts.add(note[0]);
                        pages.add(note[1] < 0 ? 0 : pageOf(note[1], breaks));
                    }
                }
            } else {
                starts.add(segment[0]);
                pages.add(0);
            }
        }
        int[] startArray = starts.stream().mapToInt(Integer::intValue).toArray();
        int[] pageArray = pages.stream().mapToInt(Integer::intValue).toArray();
        // notes are recorded in part order, so the stretches are already in offset order; sort to be safe
        Integer[] order = new Integer[startArray.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(startArray[a], startArray[b]));
        int[] sortedStarts = new int[order.length];
        int[] sortedPages = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedStarts[i] = startArray[order[i]];
            sortedPages[i] = pageArray[order[i]];
        }
        pagination.map = new PageMap(sortedStarts, sortedPages);
    }

    private static int pageOf(int offset, int[] breaks) {
        int page = 1;
        for (int b : breaks) {
            if (b <= offset) {
                page++;
            }
        }
        return page;
    }

    private static PartKind kindOf(String type) {
        if (type.endsWith("/footnotes")) {
            return PartKind.FOOTNOTES;
        } else if (type.endsWith("/endnotes")) {
            return PartKind.ENDNOTES;
        } else if (type.endsWith("/header")) {
            return PartKind.HEADER;
        } else if (type.endsWith("/footer")) {
            return PartKind.FOOTER;
        }
        return null;
    }

    private static PackagePart mainDocument(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship relationship : pkg.getRelationships()) {
            if (relationship.getRelationshipType().endsWith("/officeDocument")) {
                return pkg.getPart(relationship);
            }
        }
        return null;
    }

    /** The number of pages the file says it has (docProps/app.xml), or 0 when it does not say. */
    private static int pageCount(OPCPackage pkg) {
        try {
            for (PackageRelationship relationship : pkg.getRelationships()) {
                if (relationship.getRelationshipType().endsWith("/extended-properties")) {
                    PackagePart part = pkg.getPart(relationship);
                    if (part == null) {
                        return 0;
                    }
                    StringBuilder pages = new StringBuilder();
                    try (InputStream in = part.getInputStream()) {
                        XMLReaderUtils.parseSAX(
                                in,
                                new org.xml.sax.helpers.DefaultHandler() {
                                    private boolean inPages;

                                    @Override
                                    public void startElement(
                                            String uri, String localName, String qName, Attributes atts) {
                                        inPages = "Pages".equals(localName);
                                    }

                                    @Override
                                    public void endElement(String uri, String localName, String qName) {
                                        inPages = false;
                                    }

                                    @Override
                                    public void characters(char[] ch, int start, int length) {
                                        if (inPages && pages.length() < 12) {
                                            pages.append(ch, start, length);
                                        }
                                    }
                                },
                                new ParseContext());
                    }
                    return Integer.parseInt(pages.toString().strip());
                }
            }
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static void parse(
            PackagePart part,
            TextCollector collector,
            Pagination pagination,
            PartKind kind,
            ParseContext context,
            Map<String, Set<String>> directiveComments,
            CommentDirectives directives,
            Trace trace)
            throws IOException, SAXException, TikaException {
        if (trace != null) {
            trace.startPart(part.getPartName().getName());
        }
        Body body = new Body(collector, trace);
        ContentHandler text = new OOXMLWordAndPowerPointTextHandler(body, Map.of(), true, true);
        try (InputStream in = part.getInputStream()) {
            XMLReaderUtils.parseSAX(
                    in,
                    new RawEvents(text, collector, pagination, kind, directiveComments, directives, trace),
                    context);
        }
        collector.endBlock();
    }

    /** The comments (by id) that are suppression directives, from the document's comments part. */
    private static Map<String, Set<String>> directiveComments(PackagePart document) {
        Map<String, Set<String>> found = new HashMap<>();
        try {
            for (PackageRelationship relationship : document.getRelationships()) {
                if (relationship.getTargetMode() == TargetMode.EXTERNAL
                        || !relationship.getRelationshipType().endsWith("/comments")) {
                    continue;
                }
                PackagePart comments = document.getRelatedPart(relationship);
                if (comments == null) {
                    continue;
                }
                try (InputStream in = comments.getInputStream()) {
                    XMLReaderUtils.parseSAX(
                            in,
                            new org.xml.sax.helpers.DefaultHandler() {
                                private String id;
                                private final StringBuilder text = new StringBuilder();

                                @Override
                                public void startElement(String uri, String localName, String qName, Attributes atts) {
                                    if (RawEvents.isWord(uri) && "comment".equals(localName)) {
                                        id = RawEvents.value(atts, "id");
                                        text.setLength(0);
                                    } else if (RawEvents.isWord(uri) && "p".equals(localName) && id != null) {
                                        text.append(' ');
                                    }
                                }

                                @Override
                                public void characters(char[] ch, int start, int length) {
                                    if (id != null) {
                                        text.append(ch, start, length);
                                    }
                                }

                                @Override
                                public void endElement(String uri, String localName, String qName) {
                                    if (RawEvents.isWord(uri) && "comment".equals(localName) && id != null) {
                                        Set<String> rules = CommentDirectives.rulesIn(text.toString());
                                        if (rules != null) {
                                            found.put(id, rules);
                                        }
                                        id = null;
                                    }
                                }
                            },
                            new ParseContext());
                }
            }
        } catch (IOException | SAXException | TikaException | InvalidFormatException | RuntimeException e) {
            return found; // unreadable comments: nothing is suppressed, and the text is still checked
        }
        return found;
    }

    /**
     * Where the characters Tika's handler reports came from: each text element ({@code w:t}) of a
     * part is numbered in document order, as a DOM of the part numbers it, and each character
     * read from one is queued with its place until the handler reports the run it belongs to.
     * The handler reports a run's text in order, with tabs and breaks of its own in between,
     * so the queue and the run's text are matched character by character.
     */
    static final class Trace {
        private static final String MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

        final List<String> partNames = new ArrayList<>();
        private int element;
        private int index;
        private boolean inText;
        private int choiceDepth;
        private int moveFromDepth;
        private final StringBuilder queued = new StringBuilder();
        private long[] queuedOrigins = new long[64];

        void startPart(String name) {
            partNames.add(name);
            element = -1;
            inText = false;
            choiceDepth = 0;
            moveFromDepth = 0;
            queued.setLength(0);
        }

        void start(String uri, String localName) {
            if (MC_NS.equals(uri) && "Choice".equals(localName)) {
                choiceDepth++; // Tika's handler reads the fallback of alternate content, not the choice
            } else if (RawEvents.isWord(uri) && "moveFrom".equals(localName)) {
                moveFromDepth++; // text moved away is left out
            } else if (RawEvents.isWord(uri) && "t".equals(localName)) {
                element++;
                index = 0;
                inText = true;
            }
        }

        void end(String uri, String localName) {
            if (MC_NS.equals(uri) && "Choice".equals(localName)) {
                choiceDepth--;
            } else if (RawEvents.isWord(uri) && "moveFrom".equals(localName)) {
                moveFromDepth--;
            } else if (RawEvents.isWord(uri) && "t".equals(localName)) {
                inText = false;
            }
        }

        void characters(char[] ch, int start, int length) {
            if (!inText) {
                return;
            }
            if (choiceDepth == 0 && moveFromDepth == 0) {
                int part = partNames.size() - 1;
                for (int i = 0; i < length; i++) {
                    if (queued.length() == queuedOrigins.length) {
                        queuedOrigins = Arrays.copyOf(queuedOrigins, queuedOrigins.length * 2);
                    }
                    queuedOrigins[queued.length()] = TracedText.origin(part, element, index + i);
                    queued.append(ch[start + i]);
                }
            }
            index += length;
        }

        /** The origins of a run's text as the handler reports it; the queue is emptied. */
        long[] originsOf(String contents) {
            long[] from = new long[contents.length()];
            int next = 0;
            for (int i = 0; i < contents.length(); i++) {
                if (next < queued.length() && queued.charAt(next) == contents.charAt(i)) {
                    from[i] = queuedOrigins[next++];
                } else {
                    from[i] = -1; // a tab or break the handler wrote for an element
                }
            }
            queued.setLength(0);
            return from;
        }
    }

    /** Page breaks and note positions, gathered while reading. */
    private static final class Pagination {
        final List<Integer> rendered = new ArrayList<>();
        final List<Integer> explicit = new ArrayList<>();
        /** reference offset by "footnote:id" / "endnote:id" */
        final Map<String, Integer> references = new HashMap<>();
        /** {start offset, reference offset or -1, kind ordinal} for each note */
        final List<int[]> notes = new ArrayList<>();

        PageMap map;

        /** The breaks that account for every page, or null when pages are unknown. */
        int[] chosenBreaks(int pageCount, int bodyEnd) {
            return Pages.choose(toArray(rendered), toArray(explicit), pageCount, bodyEnd);
        }

        private static int[] toArray(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    /** Watches the raw WordprocessingML for what Tika's handler does not report, and passes every event on. */
    private static final class RawEvents extends ForwardingHandler {
        private final TextCollector collector;
        private final Pagination pagination;
        private final PartKind kind;
        private int depth;
        private int paragraphDepth = -1;
        private int sectionInParagraph = -1;
        private boolean sectionBreaksPage;
        private boolean inParagraphProperties;

        private final Map<String, Set<String>> directiveComments;
        private final CommentDirectives directives;
        private final Trace trace;

        RawEvents(
                ContentHandler next,
                TextCollector collector,
                Pagination pagination,
                PartKind kind,
                Map<String, Set<String>> directiveComments,
                CommentDirectives directives,
                Trace trace) {
            super(next);
            this.trace = trace;
            this.directiveComments = directiveComments;
            this.directives = directives;
            this.collector = collector;
            this.pagination = pagination;
            this.kind = kind;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            depth++;
            collector.tick();
            if (trace != null) {
                trace.start(uri, localName);
            }
            if (isWord(uri)) {
                switch (localName) {
                    case "commentRangeStart", "commentReference" -> {
                        // a comment on a range has both; the first one seen anchors it
                        Set<String> rules = directiveComments.remove(value(atts, "id"));
                        if (rules != null) {
                            directives.add(collector.position(), rules);
                        }
                    }
                    case "p" -> {
                        if (paragraphDepth < 0) {
                            paragraphDepth = depth;
                        }
                    }
                    case "pPr" -> inParagraphProperties = true;
                    case "lastRenderedPageBreak" -> {
                        if (kind == PartKind.BODY) {
                            pagination.rendered.add(collector.position());
                        }
                    }
                    case "br" -> {
                        if (kind == PartKind.BODY && "page".equals(value(atts, "type"))) {
                            pagination.explicit.add(collector.position());
                        }
                    }
                    case "pageBreakBefore" -> {
                        if (kind == PartKind.BODY && inParagraphProperties && isOn(value(atts, "val"))) {
                            pagination.explicit.add(collector.position());
                        }
                    }
                    case "sectPr" -> {
                        if (kind == PartKind.BODY && inParagraphProperties) {
                            sectionInParagraph = depth;
                            sectionBreaksPage = true;
                        }
                    }
                    case "type" -> {
                        if (sectionInParagraph > 0 && "continuous".equals(value(atts, "val"))) {
                            sectionBreaksPage = false;
                        }
                    }
                    case "footnoteReference", "endnoteReference" -> {
                        String id = value(atts, "id");
                        if (id != null) {
                            pagination.references.putIfAbsent(
                                    (localName.startsWith("foot") ? "footnote:" : "endnote:") + id,
                                    kind == PartKind.BODY ? collector.position() : -1);
                        }
                    }
                    case "footnote", "endnote" -> {
                        collector.endBlock();
                        String id = value(atts, "id");
                        Integer reference = pagination.references.get(localName + ":" + id);
                        pagination.notes.add(
                                new int[] {collector.position(), reference == null ? -1 : reference, kind.ordinal()});
                    }
                    default -> {
                        // nothing to watch
                    }
                }
            }
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
            if (trace != null) {
                trace.end(uri, localName);
            }
            collector.tick();
            if (isWord(uri)) {
                if ("pPr".equals(localName)) {
                    inParagraphProperties = false;
                } else if ("sectPr".equals(localName) && depth == sectionInParagraph) {
                    sectionInParagraph = -1;
                } else if ("p".equals(localName) && depth == paragraphDepth) {
                    paragraphDepth = -1;
                    if (sectionBreaksPage) {
                        collector.endBlock();
                        pagination.explicit.add(collector.position());
                        sectionBreaksPage = false;
                    }
                }
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (trace != null) {
                trace.characters(ch, start, length);
            }
            next.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (trace != null) {
                trace.characters(ch, start, length);
            }
            next.ignorableWhitespace(ch, start, length);
        }

        private static boolean isWord(String uri) {
            return W_NS.equals(uri) || W_STRICT_NS.equals(uri);
        }

        private static String value(Attributes atts, String name) {
            String value = atts.getValue(W_NS, name);
            if (value == null) {
                value = atts.getValue(W_STRICT_NS, name);
            }
            return value;
        }

        private static boolean isOn(String value) {
            return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
        }
    }

    /** Receives the text of the part from Tika's handler. */
    private static final class Body implements OOXMLWordAndPowerPointTextHandler.XWPFBodyContentsHandler {
        /**
         * Word's built-in heading and title styles, by their identifiers ("Heading1", "Title");
         * a title is a top-level heading, a subtitle one below it.
         */
        private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading([1-9])|(title)|(subtitle)");

        private final TextCollector collector;
        private final Trace trace;
        /** The heading level of the open paragraph's style, or 0. */
        private int headingLevel;

        Body(TextCollector collector, Trace trace) {
            this.collector = collector;
            this.trace = trace;
        }

        @Override
        public void run(RunProperties runProperties, String contents) {
            if (trace == null) {
                collector.append(contents);
            } else {
                collector.append(contents, trace.originsOf(contents));
            }
        }

        @Override
        public void hyperlinkStart(String link) {}

        @Override
        public void hyperlinkEnd() {}

        @Override
        public void startParagraph(ParagraphProperties paragraphProperties) {
            collector.endBlock();
            headingLevel = paragraphProperties == null ? 0 : headingLevel(paragraphProperties.getStyleID());
        }

        /** The heading level of a paragraph style, or 0 for a style that is no heading. */
        private static int headingLevel(String style) {
            Matcher heading = style == null ? null : HEADING_STYLE.matcher(style);
            if (heading == null || !heading.matches()) {
                return 0;
            }
            if (heading.group(1) != null) {
                return Math.min(6, Integer.parseInt(heading.group(1)));
            }
            return heading.group(2) != null ? 1 : 2; // a title, or a subtitle below it
        }

        @Override
        public void endParagraph() {
            if (headingLevel > 0) {
                collector.endHeading(headingLevel);
            } else {
                collector.endBlock();
            }
            headingLevel = 0;
        }

        @Override
        public void startTable() {
            collector.endBlock();
        }

        @Override
        public void endTable() {
            collector.endBlock();
        }

        @Override
        public void startTableRow() {}

        @Override
        public void endTableRow() {}

        @Override
        public void startTableCell() {
            collector.endBlock();
        }

        @Override
        public void endTableCell() {
            collector.endBlock();
        }

        @Override
        public void startSDT() {}

        @Override
        public void endSDT() {}

        @Override
        public void startEditedSection(String editor, Date date, OOXMLWordAndPowerPointTextHandler.EditType editType) {}

        @Override
        public void endEditedSection() {}

        @Override
        public boolean isIncludeDeletedText() {
            return false;
        }

        @Override
        public void footnoteReference(String id) {}

        @Override
        public void endnoteReference(String id) {}

        @Override
        public boolean isIncludeMoveFromText() {
            return false;
        }

        @Override
        public void embeddedOLERef(String refId) {}

        @Override
        public void linkedOLERef(String refId) {}

        @Override
        public void embeddedPicRef(String picFileName, String picDescription) {}

        @Override
        public void startBookmark(String id, String name) {}

        @Override
        public void endBookmark(String id) {}
    }
}
