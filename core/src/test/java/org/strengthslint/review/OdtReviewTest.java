package org.strengthslint.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.TracedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class OdtReviewTest {
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /** A document LibreOffice made: a table, a footnote, a second page, a footer. */
    private static final Path FEATURES = Path.of("src/test/resources/documents/features.odt");

    @Test
    void eachCommentSpansExactlyTheFindingsWordsAndNothingElseChanges() throws Exception {
        byte[] original = Files.readAllBytes(FEATURES);
        TracedText text;
        try (DocumentReader reader = new DocumentReader()) {
            text = reader.readTraced(original, "features.odt");
        }
        String t = text.document().text();
        List<Finding> findings = List.of(
                DocxReviewTest.finding(t, "failed to engage", "did not take up the support offered"),
                DocxReviewTest.finding(t, "challenging behaviour", "behaviour that challenges"),
                DocxReviewTest.finding(t, "chaotic", "going through a hard time"),
                DocxReviewTest.finding(t, "service users", "people using the service"),
                DocxReviewTest.finding(t, "entrenched rough sleeper", "person who has slept rough for a long time"),
                DocxReviewTest.finding(t, "junkie", "person who uses drugs"));

        ReviewResult result = new OdtReview(text, true, Instant.parse("2026-03-04T05:06:07Z"), f -> "Why.")
                .review(original, findings);

        assertEquals(5, result.comments());
        assertEquals(0, result.changes());
        List<String> undone = new ArrayList<>();
        for (ReviewResult.NotDone notDone : result.notDone()) {
            undone.add(notDone.finding().text() + ": " + notDone.what() + ": " + notDone.reason());
        }
        assertEquals(
                List.of(
                        "failed to engage: change: tracked changes are made in Word (DOCX) documents only",
                        "chaotic: change: tracked changes are made in Word (DOCX) documents only",
                        "entrenched rough sleeper: change: tracked changes are made in Word (DOCX) documents only",
                        "challenging behaviour: change: tracked changes are made in Word (DOCX) documents only",
                        "service users: change: tracked changes are made in Word (DOCX) documents only",
                        "junkie: change: tracked changes are made in Word (DOCX) documents only",
                        "junkie: comment: comments are put in the body only, not in headers and footers"),
                undone);

        Map<String, byte[]> before = WordFiles.entries(original);
        Map<String, byte[]> after = WordFiles.entries(result.document());
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()), "same entries, same order");
        for (String name : before.keySet()) {
            if (!name.equals("content.xml")) {
                assertArrayEquals(before.get(name), after.get(name), name + " changed");
            }
        }
        Document content = WordFiles.parse(after.get("content.xml"));
        List<String> anchored = new ArrayList<>();
        List<String> others = new ArrayList<>();
        org.w3c.dom.NodeList annotations = content.getElementsByTagNameNS(OFFICE, "annotation");
        for (int i = 0; i < annotations.getLength(); i++) {
            Element annotation = (Element) annotations.item(i);
            String name = annotation.getAttributeNS(OFFICE, "name");
            String creator = annotation
                    .getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")
                    .item(0)
                    .getTextContent();
            if (!creator.equals("strengths-lint")) {
                others.add(creator);
                continue;
            }
            anchored.add(between(annotation, name));
            List<String> lines = new ArrayList<>();
            org.w3c.dom.NodeList paragraphs = annotation.getElementsByTagNameNS(TEXT, "p");
            for (int p = 0; p < paragraphs.getLength(); p++) {
                lines.add(paragraphs.item(p).getTextContent());
            }
            assertEquals("Why.", lines.get(lines.size() - 1));
            assertEquals(4, lines.size());
        }
        assertEquals(
                List.of(
                        "failed to engage",
                        "chaotic",
                        "entrenched rough sleeper",
                        "challenging behaviour",
                        "service users"),
                anchored);
        assertEquals(List.of("Priya Sandhu"), others, "the comment already there stays");
        // and the check reads the reviewed document as it read the original
        try (DocumentReader reader = new DocumentReader()) {
            assertEquals(t, reader.read(result.document(), "features.odt").text());
        }
    }

    /** The text after an annotation up to its end marker, leaving out the text of annotations. */
    private static String between(Element annotation, String name) {
        StringBuilder text = new StringBuilder();
        Node node = next(annotation, true);
        while (node != null) {
            if (node instanceof Element e && OFFICE.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("annotation-end") && name.equals(e.getAttributeNS(OFFICE, "name"))) {
                    return text.toString();
                }
                if (e.getLocalName().equals("annotation")) {
                    node = next(e, true);
                    continue;
                }
            }
            if (node instanceof org.w3c.dom.Text t) {
                text.append(t.getData());
            }
            node = next(node, false);
        }
        throw new AssertionError("no end for " + name);
    }

    /** The next node in document order; past {@code node}'s children when {@code skipChildren}. */
    private static Node next(Node node, boolean skipChildren) {
        if (!skipChildren && node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node up = node; up != null; up = up.getParentNode()) {
            if (up.getNextSibling() != null) {
                return up.getNextSibling();
            }
        }
        return null;
    }
}
