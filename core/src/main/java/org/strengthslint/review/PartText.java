package org.strengthslint.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text elements ({@code w:t}) of one part, numbered in document order as the extractor
 * numbers them, and cut so that a stretch of text starts and ends at a run's edges: comments and
 * tracked changes are put around whole runs, and a run is split where a finding starts or ends
 * inside it, each piece keeping the run's properties (so half a bold word stays half bold).
 *
 * <p>Every cut is known before the first is made ({@link #cutBefore}, then {@link #cut()}), so
 * each place is found in the element numbering of the file as the extractor read it.
 */
final class PartText {
    private final Document xml;
    private final List<Element> elements;
    private final Map<Integer, TreeSet<Integer>> cuts = new HashMap<>();
    /** After cutting: for each numbered element, its pieces by the index of their first character. */
    private final Map<Integer, NavigableMap<Integer, Element>> pieces = new HashMap<>();

    PartText(Document xml) {
        this.xml = xml;
        this.elements = WordXml.all(xml, "t");
    }

    Document xml() {
        return xml;
    }

    /** Text element {@code element}, as numbered before any cut. */
    Element element(int element) {
        return elements.get(element);
    }

    /** The character at {@code index} of text element {@code element}, or -1 when there is none. */
    int charAt(int element, int index) {
        if (element < 0 || element >= elements.size()) {
            return -1;
        }
        String text = elements.get(element).getTextContent();
        return index < text.length() ? text.charAt(index) : -1;
    }

    /** Asks for the text to be cut before character {@code index} of text element {@code element}. */
    void cutBefore(int element, int index) {
        cuts.computeIfAbsent(element, e -> new TreeSet<>()).add(index);
    }

    /** Makes every cut asked for: text elements are split, then their runs. */
    void cut() {
        for (Map.Entry<Integer, TreeSet<Integer>> entry : cuts.entrySet()) {
            Element original = elements.get(entry.getKey());
            NavigableMap<Integer, Element> split = new TreeMap<>();
            String text = original.getTextContent();
            for (int at : entry.getValue().descendingSet()) {
                if (at <= 0 || at >= text.length()) {
                    continue;
                }
                Element piece = (Element) original.cloneNode(false);
                piece.setTextContent(text.substring(at));
                WordXml.preserveSpace(piece);
                text = text.substring(0, at);
                original.setTextContent(text);
                WordXml.preserveSpace(original);
                WordXml.insertAfter(piece, original);
                split.put(at, piece);
            }
            split.put(0, original);
            pieces.put(entry.getKey(), split);
        }
        for (Map.Entry<Integer, TreeSet<Integer>> entry : cuts.entrySet()) {
            for (int at : entry.getValue()) {
                Element piece = pieces.get(entry.getKey()).get(at);
                if (piece != null) {
                    splitRunBefore(piece);
                } else if (at > 0) {
                    // a cut at the end of the element: the run is split after it
                    Element last = pieces.get(entry.getKey()).lastEntry().getValue();
                    Element next = WordXml.nextElement(last);
                    if (next != null) {
                        splitRunBefore(next);
                    }
                }
            }
        }
    }

    /** The run that, after cutting, starts with character {@code index} of element {@code element}. */
    Element runStartingAt(int element, int index) {
        Element piece = pieces.get(element).get(index);
        return piece == null ? null : run(piece);
    }

    /** The run that, after cutting, ends with character {@code index} of element {@code element}. */
    Element runEndingAt(int element, int index) {
        Map.Entry<Integer, Element> piece = pieces.get(element).floorEntry(index);
        return piece == null ? null : run(piece.getValue());
    }

    private static Element run(Element piece) {
        Node parent = piece.getParentNode();
        return WordXml.isWord(parent, "r") ? (Element) parent : null;
    }

    /**
     * Moves {@code child} and what follows it in its run into a new run just after, with a copy of
     * the run's properties; nothing happens when only properties come before it.
     */
    private static void splitRunBefore(Element child) {
        Node parent = child.getParentNode();
        if (!WordXml.isWord(parent, "r")) {
            return;
        }
        Element run = (Element) parent;
        boolean contentBefore = false;
        Element properties = null;
        for (Node node = run.getFirstChild(); node != child; node = node.getNextSibling()) {
            if (WordXml.isWord(node, "rPr")) {
                properties = (Element) node;
            } else if (node instanceof Element) {
                contentBefore = true;
            }
        }
        if (!contentBefore) {
            return;
        }
        Element second = (Element) run.cloneNode(false);
        if (properties != null) {
            second.appendChild(properties.cloneNode(true));
        }
        List<Node> moved = new ArrayList<>();
        for (Node node = child; node != null; node = node.getNextSibling()) {
            moved.add(node);
        }
        for (Node node : moved) {
            second.appendChild(node);
        }
        WordXml.insertAfter(second, run);
    }
}
