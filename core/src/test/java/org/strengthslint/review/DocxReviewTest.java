package org.strengthslint.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.TracedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DocxReviewTest {
    private static final Instant WHEN = Instant.parse("2026-03-04T05:06:07Z");

    /** A finding on {@code words} (their first place after {@code after}), with an edit putting {@code instead} there. */
    static Finding finding(String text, String words, String instead) {
        int offset = text.indexOf(words);
        assertTrue(offset >= 0, words);
        String sentence = text.substring(text.lastIndexOf('\n', offset) + 1, text.indexOf('\n', offset));
        int inSentence = offset - (text.lastIndexOf('\n', offset) + 1);
        String rewritten =
                sentence.substring(0, inSentence) + instead + sentence.substring(inSentence + words.length());
        return new Finding(
                "rule-" + words.replace(' ', '-'),
                "labels",
                Severity.WARNING,
                1,
                1,
                1,
                1,
                offset,
                words.length(),
                null,
                null,
                words,
                sentence,
                "'" + words + "' labels a person.",
                List.of(instead, "another way"),
                false,
                List.of(),
                new Edit(offset, words.length(), instead, rewritten),
                inSentence,
                null);
    }

    private static TracedText read(byte[] docx) throws Exception {
        try (DocumentReader reader = new DocumentReader()) {
            return reader.readTraced(docx, "letter.docx");
        }
    }

    private static List<Finding> hardFindings(TracedText text) {
        String t = text.document().text();
        return List.of(
                finding(t, "junkie", "person who uses drugs"),
                finding(t, "homeless", "without a home"),
                finding(t, "addicts", "people who use drugs"),
                finding(t, "challenging", "finding things hard"),
                finding(t, "non-compliant", "not able to follow the plan"),
                finding(t, "service user", "person we support"));
    }

    @Test
    void eachCommentIsAnchoredOnExactlyTheFindingsWords() throws Exception {
        byte[] original = ReviewLetters.hardLetter();
        TracedText text = read(original);
        ReviewResult result =
                new DocxReview(text, false, WHEN, f -> "Why: it is a label.").review(original, hardFindings(text));

        assertEquals(5, result.comments());
        assertEquals(0, result.changes());
        assertEquals(1, result.notDone().size());
        assertEquals("service user", result.notDone().get(0).finding().text());
        assertEquals(
                "Word has no comments in headers and footers",
                result.notDone().get(0).reason());

        Document body = WordFiles.xml(result.document(), "word/document.xml");
        Document notes = WordFiles.xml(result.document(), "word/footnotes.xml");
        Document comments = WordFiles.xml(result.document(), "word/comments.xml");
        Set<String> expected = Set.of("junkie", "homeless", "addicts", "challenging");
        List<Element> ours = new ArrayList<>();
        for (Element comment : WordFiles.elements(comments, "comment")) {
            if (DocxReview.AUTHOR.equals(comment.getAttributeNS(WordFiles.W, "author"))) {
                ours.add(comment);
            }
        }
        assertEquals(5, ours.size());
        for (Element comment : ours) {
            assertEquals("SL", comment.getAttributeNS(WordFiles.W, "initials"));
            assertEquals("2026-03-04T05:06:07Z", comment.getAttributeNS(WordFiles.W, "date"));
            String id = comment.getAttributeNS(WordFiles.W, "id");
            String words = WordFiles.commented(body, id) + WordFiles.commented(notes, id);
            boolean onNote = words.isEmpty();
            if (onNote) {
                // a finding in a note: on the note's reference mark in the body (LibreOffice cannot open
                // a comment inside a note)
                Element start = WordFiles.elements(body, "commentRangeStart").stream()
                        .filter(e -> id.equals(e.getAttributeNS(WordFiles.W, "id")))
                        .findFirst()
                        .orElseThrow();
                Element marked = (Element) start.getNextSibling();
                assertEquals(1, WordFiles.elements(marked, "footnoteReference").size());
                words = "non-compliant";
            }
            assertTrue(onNote || expected.contains(words), "comment " + id + " anchored on '" + words + "'");
            List<String> lines = new ArrayList<>();
            for (Element paragraph : WordFiles.elements(comment, "p")) {
                lines.add(paragraph.getTextContent());
            }
            String found = words;
            Finding finding = hardFindings(text).stream()
                    .filter(f -> f.text().equals(found))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    List.of(
                            (onNote ? "In the note: " : "") + "'" + words + "' labels a person.",
                            "Instead: " + finding.suggestions().get(0) + "; another way",
                            "The sentence would read: " + finding.edit().sentence(),
                            "Why: it is a label."),
                    lines);
        }
        // the half-bold word: its two pieces keep their formatting
        List<Element> runs = WordFiles.elements(body, "r");
        Element kie = runs.stream()
                .filter(r -> r.getTextContent().equals("kie"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, WordFiles.elements(kie, "b").size());
        Element jun = runs.stream()
                .filter(r -> r.getTextContent().equals("jun"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, WordFiles.elements(jun, "b").size());
    }

    @Test
    void everythingElseSurvivesUnchanged() throws Exception {
        byte[] original = ReviewLetters.hardLetter();
        TracedText text = read(original);
        ReviewResult result = new DocxReview(text, false, WHEN, f -> "").review(original, hardFindings(text));

        Map<String, byte[]> before = WordFiles.entries(original);
        Map<String, byte[]> after = WordFiles.entries(result.document());
        Set<String> rewritten = Set.of("word/document.xml", "word/comments.xml");
        assertEquals(before.keySet(), after.keySet(), "no part added: the letter had a comments part");
        for (String name : before.keySet()) {
            if (!rewritten.contains(name)) {
                assertArrayEquals(before.get(name), after.get(name), name + " changed");
            }
        }
        // the rewritten part reads as before, word for word, paragraph by paragraph, and says it stands alone
        assertTrue(new String(after.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        for (String part : List.of("word/document.xml")) {
            assertEquals(
                    WordFiles.paragraphs(WordFiles.parse(before.get(part))),
                    WordFiles.paragraphs(WordFiles.parse(after.get(part))),
                    part);
        }
        // Alice's comment and tracked insertion are still hers, where they were
        Document comments = WordFiles.parse(after.get("word/comments.xml"));
        Element alices = WordFiles.elements(comments, "comment").get(0);
        assertEquals("Alice", alices.getAttributeNS(WordFiles.W, "author"));
        assertEquals("Is this still true?", alices.getTextContent());
        Document body = WordFiles.parse(after.get("word/document.xml"));
        assertEquals("Please call.", WordFiles.commented(body, "901"));
        Element insertion = WordFiles.elements(body, "ins").get(0);
        assertEquals("Alice", insertion.getAttributeNS(WordFiles.W, "author"));
        assertEquals(" today", insertion.getTextContent());
        // and the check reads the reviewed letter as it read the original
        assertEquals(text.document().text(), read(result.document()).document().text());
    }

    @Test
    void trackedChangesAcceptedGiveTheRewrittenTextAndRejectedTheOriginal() throws Exception {
        byte[] original = ReviewLetters.hardLetter();
        TracedText text = read(original);
        List<Finding> findings = hardFindings(text);
        ReviewResult result = new DocxReview(text, true, WHEN, f -> "").review(original, findings);
        assertEquals(6, result.changes(), String.valueOf(result.notDone()));
        assertEquals(5, result.comments());

        String expected = text.document().text();
        List<Finding> lastFirst = new ArrayList<>(findings);
        lastFirst.sort(java.util.Comparator.comparingInt(Finding::offset).reversed());
        for (Finding finding : lastFirst) {
            expected = expected.substring(0, finding.offset())
                    + finding.edit().replacement()
                    + expected.substring(finding.offset() + finding.length());
        }
        Map<String, Document> accepted = new java.util.HashMap<>();
        Map<String, Document> rejected = new java.util.HashMap<>();
        for (String part : WordFiles.entries(result.document()).keySet()) {
            if (part.startsWith("word/") && part.endsWith(".xml") && !part.contains("/_rels/")) {
                Document yes = WordFiles.xml(result.document(), part);
                WordFiles.accept(yes, DocxReview.AUTHOR);
                accepted.put(part, yes);
                Document no = WordFiles.xml(result.document(), part);
                WordFiles.reject(no, DocxReview.AUTHOR);
                rejected.put(part, no);
            }
        }
        assertEquals(
                expected,
                read(WordFiles.withParts(result.document(), accepted))
                        .document()
                        .text());
        assertEquals(
                text.document().text(),
                read(WordFiles.withParts(result.document(), rejected))
                        .document()
                        .text());

        Document body = WordFiles.xml(result.document(), "word/document.xml");
        Element deletion = WordFiles.elements(body, "del").get(0);
        assertEquals(DocxReview.AUTHOR, deletion.getAttributeNS(WordFiles.W, "author"));
        assertEquals("2026-03-04T05:06:07Z", deletion.getAttributeNS(WordFiles.W, "date"));
        // "junkie" was two runs, one bold: both deleted, the insertion takes the first one's formatting
        assertEquals(2, WordFiles.elements(deletion.getParentNode(), "del").size());
        assertNotNull(deletion.getTextContent());
    }
}
