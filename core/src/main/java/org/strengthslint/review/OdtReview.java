package org.strengthslint.review;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.TracedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Puts a check's findings into an OpenDocument text (ODT) as comments: an
 * {@code office:annotation} before each finding's words and an {@code office:annotation-end}
 * after them, in the body ({@code content.xml}). OpenDocument keeps text as the text between
 * tags, so a finding's words are found by the text nodes the extractor numbered, and cut out of
 * them without touching the spans around them. Tracked changes are made in Word documents only:
 * OpenDocument records a change as a region elsewhere in the file, which this does not write.
 * Every other part of the package is copied byte for byte.
 */
public final class OdtReview {
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "content.xml";

    private final TracedText text;
    private final boolean trackChanges;
    private final String date;
    private final Function<Finding, String> why;

    /** As {@link DocxReview#DocxReview}; {@code trackChanges} lists each safe edit as not made. */
    public OdtReview(TracedText text, boolean trackChanges, Instant date, Function<Finding, String> why) {
        this.text = text;
        this.trackChanges = trackChanges;
        this.date = date.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
        this.why = why;
    }

    /** The reviewed document made from {@code original} (the bytes {@code text} was read from). */
    public ReviewResult review(byte[] original, List<Finding> findings) throws IOException {
        List<ReviewResult.NotDone> notDone = new ArrayList<>();
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(Finding::offset));
        PackageEntries entries = new PackageEntries(original);
        Document xml = WordXml.parse(entries.read(CONTENT));
        List<Text> nodes = new ArrayList<>();
        collectText(xml.getDocumentElement(), nodes);

        Map<Finding, TracedText.Origin[]> spans = new LinkedHashMap<>();
        Map<Integer, TreeSet<Integer>> cuts = new HashMap<>();
        String extracted = text.document().text();
        for (Finding finding : ordered) {
            if (trackChanges && finding.edit() != null) {
                notDone.add(new ReviewResult.NotDone(
                        finding, "change", "tracked changes are made in Word (DOCX) documents only"));
            }
            TracedText.Origin first = text.originAt(finding.offset());
            TracedText.Origin last = text.originAt(finding.offset() + finding.length() - 1);
            String problem = null;
            if (first == null || last == null || !first.part().equals(last.part())) {
                problem = "its words could not be found in the file";
            } else if (!first.part().equals("/" + CONTENT)) {
                problem = "comments are put in the body only, not in headers and footers";
            } else if (first.element() >= nodes.size()
                    || last.element() >= nodes.size()
                    || charAt(nodes.get(first.element()), first.index()) != extracted.charAt(finding.offset())
                    || charAt(nodes.get(last.element()), last.index()) < 0) {
                problem = "its words could not be found in the file";
            }
            if (problem != null) {
                notDone.add(new ReviewResult.NotDone(finding, "comment", problem));
                continue;
            }
            spans.put(finding, new TracedText.Origin[] {first, last});
            cuts.computeIfAbsent(first.element(), k -> new TreeSet<>()).add(first.index());
            cuts.computeIfAbsent(last.element(), k -> new TreeSet<>()).add(last.index() + 1);
        }

        // each cut text node becomes pieces, by the index of their first character
        Map<Integer, NavigableMap<Integer, Text>> pieces = new HashMap<>();
        for (Map.Entry<Integer, TreeSet<Integer>> entry : cuts.entrySet()) {
            Text node = nodes.get(entry.getKey());
            NavigableMap<Integer, Text> split = new TreeMap<>();
            for (int at : entry.getValue().descendingSet()) {
                if (at > 0 && at < node.getLength()) {
                    split.put(at, node.splitText(at));
                }
            }
            split.put(0, node);
            pieces.put(entry.getKey(), split);
        }

        int commented = 0;
        int id = 0;
        for (Map.Entry<Finding, TracedText.Origin[]> entry : spans.entrySet()) {
            TracedText.Origin first = entry.getValue()[0];
            TracedText.Origin last = entry.getValue()[1];
            Text start = pieces.get(first.element()).get(first.index());
            Text end = pieces.get(last.element()).floorEntry(last.index()).getValue();
            Element paragraph = paragraphOf(start);
            if (start == null || paragraph == null || paragraph != paragraphOf(end)) {
                notDone.add(new ReviewResult.NotDone(
                        entry.getKey(), "comment", "its words are not in one paragraph of the file"));
                continue;
            }
            String name = "strengths-lint-" + (++id);
            while (hasAnnotationNamed(xml, name)) {
                name = "strengths-lint-" + (++id);
            }
            Element annotation = element(xml, OFFICE_NS, "office", "annotation");
            annotation.setAttributeNS(OFFICE_NS, prefixed(xml, OFFICE_NS, "office", "name"), name);
            Element creator = element(xml, DC_NS, "dc", "creator");
            creator.setTextContent(DocxReview.AUTHOR);
            annotation.appendChild(creator);
            Element dated = element(xml, DC_NS, "dc", "date");
            dated.setTextContent(date);
            annotation.appendChild(dated);
            List<String> lines = ReviewComment.lines(entry.getKey(), why.apply(entry.getKey()));
            for (String line : lines) {
                Element p = element(xml, TEXT_NS, "text", "p");
                p.setTextContent(line);
                annotation.appendChild(p);
            }
            start.getParentNode().insertBefore(annotation, start);
            Element annotationEnd = element(xml, OFFICE_NS, "office", "annotation-end");
            annotationEnd.setAttributeNS(OFFICE_NS, prefixed(xml, OFFICE_NS, "office", "name"), name);
            WordXml.insertAfter(annotationEnd, end);
            commented++;
        }
        if (commented > 0) {
            entries.put(CONTENT, WordXml.write(xml));
        }
        notDone.sort(Comparator.comparingInt(n -> n.finding().offset()));
        return new ReviewResult(commented == 0 ? original.clone() : entries.write(), commented, 0, notDone);
    }

    private static int charAt(Text node, int index) {
        return index < node.getLength() ? node.getData().charAt(index) : -1;
    }

    /** Text nodes in document order, as the extractor numbers them. */
    private static void collectText(Node node, List<Text> nodes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text) {
                nodes.add(text);
            } else {
                collectText(child, nodes);
            }
        }
    }

    private static Element paragraphOf(Node node) {
        for (Node up = node == null ? null : node.getParentNode(); up != null; up = up.getParentNode()) {
            if (up instanceof Element element
                    && TEXT_NS.equals(element.getNamespaceURI())
                    && ("p".equals(element.getLocalName()) || "h".equals(element.getLocalName()))) {
                return element;
            }
        }
        return null;
    }

    private static boolean hasAnnotationNamed(Document xml, String name) {
        org.w3c.dom.NodeList annotations = xml.getElementsByTagNameNS(OFFICE_NS, "annotation");
        for (int i = 0; i < annotations.getLength(); i++) {
            if (name.equals(((Element) annotations.item(i)).getAttributeNS(OFFICE_NS, "name"))) {
                return true;
            }
        }
        return false;
    }

    /** An element in {@code namespace}, with the prefix the part uses for it (declared on the root when new). */
    private static Element element(Document xml, String namespace, String usualPrefix, String localName) {
        return xml.createElementNS(namespace, prefixed(xml, namespace, usualPrefix, localName));
    }

    private static String prefixed(Document xml, String namespace, String usualPrefix, String localName) {
        Element root = xml.getDocumentElement();
        String prefix = root.lookupPrefix(namespace);
        if (prefix == null) {
            prefix = usualPrefix;
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, namespace);
        }
        return prefix + ":" + localName;
    }
}
