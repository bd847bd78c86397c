package org.strengthslint.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The comments part of a Word document: the one it has, or a new one, with the relationship from
 * the main document and the content type a new part needs.
 */
final class CommentsPart {
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String COMMENTS_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private static final String COMMENTS_STRICT_TYPE =
            "http://purl.oclc.org/ooxml/officeDocument/relationships/comments";
    private static final String COMMENTS_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

    final String name;
    final Document xml;

    private CommentsPart(String name, Document xml) {
        this.name = name;
        this.xml = xml;
    }

    /**
     * The comments part of the main document {@code mainPart} ("word/document.xml"), made (with its
     * relationship and content type, written into {@code entries}) when there is none.
     */
    static CommentsPart of(PackageEntries entries, String mainPart, String namespace) throws IOException {
        int slash = mainPart.lastIndexOf('/');
        String folder = slash < 0 ? "" : mainPart.substring(0, slash + 1);
        String relsName = folder + "_rels/" + mainPart.substring(slash + 1) + ".rels";
        Document rels = entries.has(relsName) ? WordXml.parse(entries.read(relsName)) : null;
        if (rels != null) {
            for (Element relationship : relationships(rels)) {
                String type = relationship.getAttribute("Type");
                if ((COMMENTS_TYPE.equals(type) || COMMENTS_STRICT_TYPE.equals(type))
                        && !"External".equals(relationship.getAttribute("TargetMode"))) {
                    String target = resolve(folder, relationship.getAttribute("Target"));
                    if (entries.has(target)) {
                        return new CommentsPart(target, WordXml.parse(entries.read(target)));
                    }
                }
            }
        }
        String target = "comments.xml";
        for (int n = 2; entries.has(folder + target); n++) {
            target = "comments" + n + ".xml";
        }
        if (rels == null) {
            rels = WordXml.parse(
                    "<Relationships xmlns=\"%s\"/>".formatted(RELATIONSHIPS_NS).getBytes(StandardCharsets.UTF_8));
        }
        Element relationship = rels.createElementNS(RELATIONSHIPS_NS, "Relationship");
        relationship.setAttribute("Id", freeId(rels));
        relationship.setAttribute("Type", isStrict(namespace) ? COMMENTS_STRICT_TYPE : COMMENTS_TYPE);
        relationship.setAttribute("Target", target);
        rels.getDocumentElement().appendChild(relationship);
        entries.put(relsName, WordXml.write(rels));

        Document types = WordXml.parse(entries.read("[Content_Types].xml"));
        Element override = types.createElementNS(CONTENT_TYPES_NS, "Override");
        override.setAttribute("PartName", "/" + folder + target);
        override.setAttribute("ContentType", COMMENTS_CONTENT_TYPE);
        types.getDocumentElement().appendChild(override);
        entries.put("[Content_Types].xml", WordXml.write(types));

        Document comments = WordXml.parse(
                "<w:comments xmlns:w=\"%s\"/>".formatted(namespace).getBytes(StandardCharsets.UTF_8));
        return new CommentsPart(folder + target, comments);
    }

    private static boolean isStrict(String namespace) {
        return WordXml.W_STRICT_NS.equals(namespace);
    }

    private static java.util.List<Element> relationships(Document rels) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        org.w3c.dom.NodeList nodes = rels.getElementsByTagNameNS(RELATIONSHIPS_NS, "Relationship");
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String freeId(Document rels) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Element relationship : relationships(rels)) {
            taken.add(relationship.getAttribute("Id"));
        }
        String id = "rIdStrengthsLint";
        for (int n = 2; taken.contains(id); n++) {
            id = "rIdStrengthsLint" + n;
        }
        return id;
    }

    /** A relationship's target, relative to the source part's folder, as an entry name. */
    private static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        java.util.Deque<String> path = new java.util.ArrayDeque<>();
        for (String segment : (folder + target).split("/")) {
            if (segment.equals("..")) {
                path.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.addLast(segment);
            }
        }
        return String.join("/", path);
    }
}
