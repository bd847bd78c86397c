package org.strengthslint.review;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.TracedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts a check's findings into a Word document for its writer: a comment anchored on each
 * finding's words, and, when asked, each safe edit as a tracked change (the old words deleted, the
 * suggestion inserted) that Word's review pane accepts or rejects.
 *
 * <p>Places come from the extractor's own reading ({@link TracedText}): each character of the text
 * a finding names is found in the text element it was read from, so text split across runs,
 * formatting inside the words, tables, notes and existing revisions are handled as the check saw
 * them. Only the parts that get a comment or a change, and the comments part, are rewritten;
 * every other entry of the package is copied byte for byte.
 */
public final class DocxReview {
    /** The author of every comment and tracked change. */
    public static final String AUTHOR = "strengths-lint";

    public static final String INITIALS = "SL";

    private static final Set<String> TEXT_RUN_CONTENT =
            Set.of("rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "lastRenderedPageBreak");

    private final TracedText text;
    private final boolean trackChanges;
    private final String date;
    private final Function<Finding, String> why;

    /**
     * @param text         the document as the check read it, with the origin of each character
     * @param trackChanges whether safe edits become tracked changes
     * @param date         the time the comments and changes are dated
     * @param why          the one-line reason for a finding (from its lexicon entry), or "" for none
     */
    public DocxReview(TracedText text, boolean trackChanges, Instant date, Function<Finding, String> why) {
        this.text = text;
        this.trackChanges = trackChanges;
        this.date = date.truncatedTo(ChronoUnit.SECONDS).toString();
        this.why = why;
    }

    /** Where a stretch of text is in one part: its first and last characters' origins. */
    private record Span(String part, TracedText.Origin first, TracedText.Origin last) {}

    /** The reviewed document made from {@code original} (the bytes {@code text} was read from). */
    public ReviewResult review(byte[] original, List<Finding> findings) throws IOException {
        PackageEntries entries = new PackageEntries(original);
        List<ReviewResult.NotDone> notDone = new ArrayList<>();
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(Finding::offset));

        // where each comment and edit goes, and which parts they touch
        Map<Finding, Span> commentSpans = new LinkedHashMap<>();
        Map<Finding, Span> editSpans = new LinkedHashMap<>();
        Map<String, PartText> parts = new HashMap<>();
        int editedUpTo = -1;
        for (Finding finding : ordered) {
            Span span = span(finding.offset(), finding.length());
            if (span == null) {
                notDone.add(new ReviewResult.NotDone(finding, "comment", "its words could not be found in the file"));
            } else {
                commentSpans.put(finding, span);
                parts.putIfAbsent(span.part(), null);
            }
            Edit edit = finding.edit();
            if (trackChanges && edit != null) {
                Span editSpan = edit.length() == 0 ? null : span(edit.offset(), edit.length());
                if (edit.offset() < editedUpTo) {
                    notDone.add(new ReviewResult.NotDone(
                            finding, "change", "it overlaps the change of an earlier finding"));
                } else if (edit.length() == 0) {
                    notDone.add(new ReviewResult.NotDone(finding, "change", "it inserts words without replacing any"));
                } else if (editSpan == null) {
                    notDone.add(
                            new ReviewResult.NotDone(finding, "change", "its words could not be found in the file"));
                } else {
                    editSpans.put(finding, editSpan);
                    parts.putIfAbsent(editSpan.part(), null);
                    editedUpTo = edit.end();
                }
            }
        }
        for (String part : new ArrayList<>(parts.keySet())) {
            parts.put(part, new PartText(WordXml.parse(entries.read(part))));
        }

        // the same characters must be in the file where the reading found them
        for (Map<Finding, Span> spans : List.of(commentSpans, editSpans)) {
            spans.entrySet().removeIf(entry -> {
                Span span = entry.getValue();
                PartText part = parts.get(span.part());
                boolean same = part.charAt(span.first().element(), span.first().index())
                                == text.document().text().charAt(startOf(entry.getKey(), spans == editSpans))
                        && part.charAt(span.last().element(), span.last().index()) >= 0;
                if (!same) {
                    notDone.add(new ReviewResult.NotDone(
                            entry.getKey(),
                            spans == editSpans ? "change" : "comment",
                            "its words could not be found in the file"));
                }
                return !same;
            });
        }
        // LibreOffice cannot open a file with a comment inside a footnote or endnote (Word can):
        // such a finding's comment goes on the note's reference mark in the body instead
        String main = text.parts().get(0).substring(1);
        Map<Finding, Element> noteReferences = new LinkedHashMap<>();
        commentSpans.entrySet().removeIf(entry -> {
            PartText part = parts.get(entry.getValue().part());
            Element root = part.xml().getDocumentElement();
            if (WordXml.isWord(root, "hdr") || WordXml.isWord(root, "ftr")) {
                notDone.add(new ReviewResult.NotDone(
                        entry.getKey(), "comment", "Word has no comments in headers and footers"));
                return true;
            }
            if (WordXml.isWord(root, "footnotes") || WordXml.isWord(root, "endnotes")) {
                noteReferences.put(
                        entry.getKey(), part.element(entry.getValue().first().element()));
                return true;
            }
            return false;
        });
        if (!noteReferences.isEmpty() && !parts.containsKey(main)) {
            parts.put(main, new PartText(WordXml.parse(entries.read(main))));
        }
        Map<Finding, List<Element>> noteRuns = new LinkedHashMap<>();
        for (Map.Entry<Finding, Element> entry : noteReferences.entrySet()) {
            Element reference = noteReference(parts.get(main).xml(), entry.getValue());
            if (reference == null) {
                notDone.add(new ReviewResult.NotDone(
                        entry.getKey(), "comment", "its note's reference mark could not be found"));
            } else {
                noteRuns.put(entry.getKey(), List.of(reference));
            }
        }

        for (Map<Finding, Span> spans : List.of(commentSpans, editSpans)) {
            for (Span span : spans.values()) {
                PartText part = parts.get(span.part());
                part.cutBefore(span.first().element(), span.first().index());
                part.cutBefore(span.last().element(), span.last().index() + 1);
            }
        }
        for (PartText part : parts.values()) {
            part.cut();
        }

        Ids ids = new Ids();
        for (PartText part : parts.values()) {
            ids.reserve(part.xml());
        }
        CommentsPart comments = null;
        if (!commentSpans.isEmpty() || !noteRuns.isEmpty()) {
            comments = CommentsPart.of(
                    entries,
                    main,
                    parts.containsKey(main)
                            ? parts.get(main).xml().getDocumentElement().getNamespaceURI()
                            : WordXml.W_NS);
            ids.reserve(comments.xml);
        }

        // the runs of each stretch, found before any change turns text into deleted text
        Map<Finding, List<Element>> editRuns = new LinkedHashMap<>();
        for (Map.Entry<Finding, Span> entry : editSpans.entrySet()) {
            editRuns.put(entry.getKey(), runs(parts.get(entry.getValue().part()), entry.getValue()));
        }
        Map<Finding, List<Element>> commentRuns = new LinkedHashMap<>();
        for (Map.Entry<Finding, Span> entry : commentSpans.entrySet()) {
            commentRuns.put(entry.getKey(), runs(parts.get(entry.getValue().part()), entry.getValue()));
        }

        // tracked changes first, so a comment goes around the whole change
        Set<String> touched = new HashSet<>();
        Map<Element, Element[]> changed = new HashMap<>(); // each changed run: the first and last element of its change
        int changes = 0;
        for (Map.Entry<Finding, List<Element>> entry : editRuns.entrySet()) {
            String part = editSpans.get(entry.getKey()).part();
            String problem = change(
                    parts.get(part).xml(), entry.getValue(), entry.getKey().edit(), ids, changed);
            if (problem == null) {
                changes++;
                touched.add(part);
            } else {
                notDone.add(new ReviewResult.NotDone(entry.getKey(), "change", problem));
            }
        }
        int commented = 0;
        Map<Finding, List<Element>> allCommentRuns = new LinkedHashMap<>(commentRuns);
        allCommentRuns.putAll(noteRuns);
        for (Map.Entry<Finding, List<Element>> entry : allCommentRuns.entrySet()) {
            boolean inNote = noteRuns.containsKey(entry.getKey());
            String part = inNote ? main : commentSpans.get(entry.getKey()).part();
            String problem =
                    comment(parts.get(part).xml(), entry.getValue(), entry.getKey(), inNote, comments, ids, changed);
            if (problem == null) {
                commented++;
                touched.add(part);
            } else {
                notDone.add(new ReviewResult.NotDone(entry.getKey(), "comment", problem));
            }
        }
        for (String part : touched) {
            entries.put(part, WordXml.write(parts.get(part).xml()));
        }
        if (comments != null && commented > 0) {
            entries.put(comments.name, WordXml.write(comments.xml));
        }
        notDone.sort(Comparator.comparingInt(n -> n.finding().offset()));
        return new ReviewResult(
                commented + changes == 0 ? original.clone() : entries.write(), commented, changes, notDone);
    }

    private static int startOf(Finding finding, boolean edit) {
        return edit ? finding.edit().offset() : finding.offset();
    }

    /** Where the text {@code [offset, offset + length)} lies, or null when it is not in one part's text. */
    private Span span(int offset, int length) {
        if (length <= 0) {
            return null;
        }
        TracedText.Origin first = text.originAt(offset);
        TracedText.Origin last = text.originAt(offset + length - 1);
        if (first == null || last == null || !first.part().equals(last.part())) {
            return null;
        }
        return new Span(first.part().substring(1), first, last);
    }

    /** The runs from the one starting the span to the one ending it, in one paragraph; null when they are not. */
    private static List<Element> runs(PartText part, Span span) {
        Element start = part.runStartingAt(span.first().element(), span.first().index());
        Element end = part.runEndingAt(span.last().element(), span.last().index());
        if (start == null || end == null) {
            return null;
        }
        Element paragraph = WordXml.ancestor(start, "p");
        if (paragraph == null || paragraph != WordXml.ancestor(end, "p")) {
            return null;
        }
        List<Element> all = WordXml.all(paragraph, "r");
        int from = all.indexOf(start);
        int to = all.indexOf(end);
        if (from < 0 || to < from) {
            return null;
        }
        return all.subList(from, to + 1);
    }

    /** Makes the edit a tracked change; null when made, else why not. */
    private String change(Document xml, List<Element> runs, Edit edit, Ids ids, Map<Element, Element[]> changed) {
        if (runs == null) {
            return "its words are not in one paragraph of the file";
        }
        List<Element> deleted = new ArrayList<>();
        for (Element run : runs) {
            if (WordXml.ancestor(run, "del") != null || WordXml.ancestor(run, "moveFrom") != null) {
                continue; // already deleted by someone: not in the text, left as it is
            }
            if (WordXml.ancestor(run, "r") != null) {
                return "its words are in a text box inside other text";
            }
            for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && !TEXT_RUN_CONTENT.contains(element.getLocalName())) {
                    return "its words hold a field, note, comment or object, which a change would delete";
                }
            }
            deleted.add(run);
        }
        if (deleted.isEmpty()) {
            return "its words could not be found in the file";
        }
        Element first = null;
        Element last = null;
        for (Element run : deleted) {
            for (Element t : WordXml.all(run, "t")) {
                Element deletedText = WordXml.create(xml, "delText");
                deletedText.setTextContent(t.getTextContent());
                WordXml.preserveSpace(deletedText);
                run.replaceChild(deletedText, t);
            }
            Element deletion = revision(xml, "del", ids);
            run.getParentNode().insertBefore(deletion, run);
            deletion.appendChild(run);
            if (first == null) {
                first = deletion;
            }
            last = deletion;
        }
        if (!edit.replacement().isEmpty()) {
            Element insertion = revision(xml, "ins", ids);
            Element run = WordXml.create(xml, "r");
            Node properties = firstChild(deleted.get(0), "rPr");
            if (properties != null) {
                run.appendChild(properties.cloneNode(true));
            }
            Element inserted = WordXml.create(xml, "t");
            inserted.setTextContent(edit.replacement());
            WordXml.preserveSpace(inserted);
            run.appendChild(inserted);
            insertion.appendChild(run);
            WordXml.insertAfter(insertion, last);
            last = insertion;
        }
        for (Element run : deleted) {
            changed.put(run, new Element[] {first, last});
        }
        return null;
    }

    private Element revision(Document xml, String name, Ids ids) {
        Element revision = WordXml.create(xml, name);
        WordXml.attribute(revision, "id", ids.next());
        WordXml.attribute(revision, "author", AUTHOR);
        WordXml.attribute(revision, "date", date);
        return revision;
    }

    /** Anchors a comment on the finding's words; null when done, else why not. */
    private String comment(
            Document xml,
            List<Element> runs,
            Finding finding,
            boolean inNote,
            CommentsPart comments,
            Ids ids,
            Map<Element, Element[]> changed) {
        if (runs == null) {
            return "its words are not in one paragraph of the file";
        }
        Node start = runs.get(0);
        Node end = runs.get(runs.size() - 1);
        if (changed.containsKey(start)) {
            start = changed.get(start)[0];
        }
        if (changed.containsKey(end)) {
            end = changed.get(end)[1];
        }
        String id = ids.next();
        Element rangeStart = WordXml.create(xml, "commentRangeStart");
        WordXml.attribute(rangeStart, "id", id);
        start.getParentNode().insertBefore(rangeStart, start);
        Element rangeEnd = WordXml.create(xml, "commentRangeEnd");
        WordXml.attribute(rangeEnd, "id", id);
        WordXml.insertAfter(rangeEnd, end);
        Element reference = WordXml.create(xml, "r");
        Element referenceMark = WordXml.create(xml, "commentReference");
        WordXml.attribute(referenceMark, "id", id);
        reference.appendChild(referenceMark);
        WordXml.insertAfter(reference, rangeEnd);

        Document notes = comments.xml;
        Element comment = WordXml.create(notes, "comment");
        WordXml.attribute(comment, "id", id);
        WordXml.attribute(comment, "author", AUTHOR);
        WordXml.attribute(comment, "date", date);
        WordXml.attribute(comment, "initials", INITIALS);
        boolean firstLine = true;
        List<String> lines = new ArrayList<>(ReviewComment.lines(finding, why.apply(finding)));
        if (inNote) {
            lines.set(0, "In the note: " + lines.get(0));
        }
        for (String line : lines) {
            Element paragraph = WordXml.create(notes, "p");
            if (firstLine) {
                Element mark = WordXml.create(notes, "r");
                mark.appendChild(WordXml.create(notes, "annotationRef"));
                paragraph.appendChild(mark);
                firstLine = false;
            }
            Element run = WordXml.create(notes, "r");
            Element words = WordXml.create(notes, "t");
            words.setTextContent(line);
            WordXml.preserveSpace(words);
            run.appendChild(words);
            paragraph.appendChild(run);
            comment.appendChild(paragraph);
        }
        notes.getDocumentElement().appendChild(comment);
        return null;
    }

    /** The run in the body holding the reference mark of the note that {@code inNote} is in, or null. */
    private static Element noteReference(Document body, Element inNote) {
        Element note = WordXml.ancestor(inNote, "footnote");
        String mark = "footnoteReference";
        if (note == null) {
            note = WordXml.ancestor(inNote, "endnote");
            mark = "endnoteReference";
        }
        if (note == null) {
            return null;
        }
        String id = WordXml.attribute(note, "id");
        for (Element reference : WordXml.all(body, mark)) {
            if (id.equals(WordXml.attribute(reference, "id")) && WordXml.isWord(reference.getParentNode(), "r")) {
                return (Element) reference.getParentNode();
            }
        }
        return null;
    }

    private static Node firstChild(Element element, String localName) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (WordXml.isWord(child, localName)) {
                return child;
            }
        }
        return null;
    }

    /**
     * Annotation ids: comments, insertions and deletions each need one no other annotation of the
     * document has, so new ones start above every id found in the parts read.
     */
    private static final class Ids {
        private long next = 1;
        private final Set<String> seen = new HashSet<>();

        void reserve(Document xml) {
            for (String name :
                    List.of("comment", "commentRangeStart", "ins", "del", "moveFrom", "moveTo", "bookmarkStart")) {
                for (Element element : WordXml.all(xml, name)) {
                    String id = WordXml.attribute(element, "id");
                    seen.add(id);
                    try {
                        next = Math.max(next, Long.parseLong(id) + 1);
                    } catch (NumberFormatException e) {
                        // not a number: it cannot clash with ours
                    }
                }
            }
        }

        String next() {
            return String.valueOf(next++);
        }
    }
}
