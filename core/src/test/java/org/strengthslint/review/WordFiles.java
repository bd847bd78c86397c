package org.strengthslint.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a reviewed Word file the way a test needs: its entries, the words between a comment's
 * markers, and the document with every tracked change accepted or rejected, done here on the XML
 * (as Word's review pane does), independently of the code under test.
 */
public final class WordFiles {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordFiles() {}

    /** Every entry of the package, by name, in order. */
    public static Map<String, byte[]> entries(byte[] docx) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static Document xml(byte[] docx, String part) {
        return parse(entries(docx).get(part));
    }

    public static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Element> elements(Node root, String localName) {
        NodeList nodes = root instanceof Document d
                ? d.getElementsByTagNameNS(W, localName)
                : ((Element) root).getElementsByTagNameNS(W, localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The text of the visible text elements ({@code w:t}) between a comment's start and end markers. */
    public static String commented(Document xml, String id) {
        StringBuilder text = new StringBuilder();
        boolean[] inside = {false};
        walk(xml.getDocumentElement(), node -> {
            if (node instanceof Element e && W.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("commentRangeStart") && id.equals(e.getAttributeNS(W, "id"))) {
                    inside[0] = true;
                } else if (e.getLocalName().equals("commentRangeEnd") && id.equals(e.getAttributeNS(W, "id"))) {
                    inside[0] = false;
                } else if (inside[0] && e.getLocalName().equals("t")) {
                    text.append(e.getTextContent());
                }
            }
        });
        return text.toString();
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, visit);
        }
    }

    /** The text of each paragraph (visible text elements only), in document order. */
    public static List<String> paragraphs(Document xml) {
        List<String> texts = new ArrayList<>();
        for (Element paragraph : elements(xml, "p")) {
            if (!elements(paragraph, "p").isEmpty()) {
                continue; // a paragraph holding others (a text box): its own are listed
            }
            StringBuilder text = new StringBuilder();
            for (Element t : elements(paragraph, "t")) {
                text.append(t.getTextContent());
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** Accepts the tracked changes of {@code author}: their deletions go, their insertions stay as plain text. */
    public static void accept(Document xml, String author) {
        for (Element deletion : elements(xml, "del")) {
            if (author.equals(deletion.getAttributeNS(W, "author"))) {
                deletion.getParentNode().removeChild(deletion);
            }
        }
        for (Element insertion : elements(xml, "ins")) {
            if (author.equals(insertion.getAttributeNS(W, "author"))) {
                unwrap(insertion);
            }
        }
    }

    /** Rejects the tracked changes of {@code author}: their insertions go, their deletions come back. */
    public static void reject(Document xml, String author) {
        for (Element insertion : elements(xml, "ins")) {
            if (author.equals(insertion.getAttributeNS(W, "author"))) {
                insertion.getParentNode().removeChild(insertion);
            }
        }
        for (Element deletion : elements(xml, "del")) {
            if (author.equals(deletion.getAttributeNS(W, "author"))) {
                for (Element deleted : elements(deletion, "delText")) {
                    Element text = xml.createElementNS(W, "w:t");
                    text.setTextContent(deleted.getTextContent());
                    text.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
                    deleted.getParentNode().replaceChild(text, deleted);
                }
                unwrap(deletion);
            }
        }
    }

    private static void unwrap(Element element) {
        Node parent = element.getParentNode();
        while (element.getFirstChild() != null) {
            parent.insertBefore(element.getFirstChild(), element);
        }
        parent.removeChild(element);
    }

    /** The package with every tracked change of {@code author} accepted in every part under word/. */
    public static byte[] acceptedEverywhere(byte[] docx, String author) {
        Map<String, Document> accepted = new java.util.HashMap<>();
        for (String part : entries(docx).keySet()) {
            if (part.startsWith("word/") && part.endsWith(".xml")) {
                Document xml = xml(docx, part);
                accept(xml, author);
                accepted.put(part, xml);
            }
        }
        return withParts(docx, accepted);
    }

    /** The package with some parts replaced. */
    public static byte[] withParts(byte[] docx, Map<String, Document> parts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> entry : entries(docx).entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    Document replaced = parts.get(entry.getKey());
                    if (replaced == null) {
                        zip.write(entry.getValue());
                    } else {
                        TransformerFactory.newInstance()
                                .newTransformer()
                                .transform(new DOMSource(replaced), new StreamResult(zip));
                    }
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
