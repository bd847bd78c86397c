package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The origins the DOCX extractor records: every character it says came from the file is that
 * character of that text element, counted as a DOM of the part counts them, and reading with
 * origins gives the same document as reading without.
 */
class TracedTextTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @ParameterizedTest
    @ValueSource(
            strings = {"features.docx", "parity.docx", "suppressed.docx", "features.odt", "parity.odt", "suppressed.odt"
            })
    void everyTracedCharacterIsThatCharacterOfTheFile(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/documents", name));
        Map<String, List<String>> texts = name.endsWith(".odt") ? textNodes(bytes) : textElements(bytes);
        try (DocumentReader reader = new DocumentReader()) {
            TracedText traced = reader.readTraced(bytes, name);
            Document plain = reader.read(bytes, name);
            assertEquals(plain.text(), traced.document().text());
            assertEquals(plain.blocks(), traced.document().blocks());

            String text = traced.document().text();
            int traced_ = 0;
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                TracedText.Origin origin = traced.originAt(i);
                if (Character.isLetter(text.charAt(i))) {
                    letters++;
                }
                if (origin == null) {
                    continue;
                }
                traced_++;
                char inFile = texts.get(origin.part().substring(1))
                        .get(origin.element())
                        .charAt(origin.index());
                char expected = inFile == '\u00A0' ? ' ' : inFile; // the extractor reads a no-break space as a space
                assertEquals(expected, text.charAt(i), name + " offset " + i + " from " + origin);
            }
            assertTrue(traced_ >= letters, name + ": every letter has an origin (" + traced_ + " of " + letters + ")");
            assertNull(traced.originAt(text.length()));
        }
    }

    /** The text of each text node of each XML part of an OpenDocument file, in document order. */
    private static Map<String, List<String>> textNodes(byte[] odt) throws Exception {
        Map<String, List<String>> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                org.w3c.dom.Document xml =
                        factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                List<String> texts = new ArrayList<>();
                collectText(xml.getDocumentElement(), texts);
                parts.put(entry.getName(), texts);
            }
        }
        return parts;
    }

    private static void collectText(org.w3c.dom.Node node, List<String> texts) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Text text) {
                texts.add(text.getData());
            } else {
                collectText(child, texts);
            }
        }
    }

    /** The text of each w:t element of each XML part, in document order. */
    private static Map<String, List<String>> textElements(byte[] docx) throws Exception {
        Map<String, List<String>> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList nodes = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(zip.readAllBytes()))
                        .getElementsByTagNameNS(W, "t");
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    texts.add(((Element) nodes.item(i)).getTextContent());
                }
                parts.put(entry.getName(), texts);
            }
        }
        return parts;
    }
}
