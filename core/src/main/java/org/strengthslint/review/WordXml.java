package org.strengthslint.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reading and writing the XML parts of a Word package, and the few element tests the review needs. */
final class WordXml {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private WordXml() {}

    /** A part as a DOM; a document type declaration is refused (no part of a Word file has one). */
    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("damaged: a part of the document is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    /** The part as UTF-8 XML, declared standalone as Word writes its parts. */
    static byte[] write(Document document) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            document.setXmlStandalone(true); // else the declaration says standalone="no"
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write a part of the document: " + e.getMessage(), e);
        }
    }

    static boolean isWord(Node node, String localName) {
        return node instanceof Element
                && localName.equals(node.getLocalName())
                && (W_NS.equals(node.getNamespaceURI()) || W_STRICT_NS.equals(node.getNamespaceURI()));
    }

    /** Every WordprocessingML element named {@code localName} under {@code root}, in document order. */
    static List<Element> all(Node root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root instanceof Document document
                ? document.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (isWord(nodes.item(i), localName)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    /** The nearest ancestor named {@code localName}, or null. */
    static Element ancestor(Node node, String localName) {
        for (Node up = node.getParentNode(); up != null; up = up.getParentNode()) {
            if (isWord(up, localName)) {
                return (Element) up;
            }
        }
        return null;
    }

    /** A new element in the part's own WordprocessingML namespace and prefix. */
    static Element create(Document document, String localName) {
        Element root = document.getDocumentElement();
        String prefix = root.getPrefix();
        return document.createElementNS(root.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName);
    }

    /** Sets a WordprocessingML attribute ({@code w:id}, {@code w:author}) with the root's prefix. */
    static void attribute(Element element, String localName, String value) {
        Element root = element.getOwnerDocument().getDocumentElement();
        String prefix = root.getPrefix();
        element.setAttributeNS(root.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName, value);
    }

    static String attribute(Element element, String localName) {
        String value = element.getAttributeNS(W_NS, localName);
        if (value.isEmpty()) {
            value = element.getAttributeNS(W_STRICT_NS, localName);
        }
        return value;
    }

    /** A text element keeps its spaces only when it says so. */
    static void preserveSpace(Element text) {
        text.setAttributeNS(XML_NS, "xml:space", "preserve");
    }

    static Element nextElement(Node node) {
        for (Node next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    static void insertAfter(Node inserted, Node reference) {
        reference.getParentNode().insertBefore(inserted, reference.getNextSibling());
    }
}
