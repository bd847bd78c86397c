package org.strengthslint.extract;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XHTML that Tika's parsers write into a {@link TextCollector}: each paragraph, heading,
 * list item and table cell becomes a block; {@code <div class="page">} (PDF) and
 * {@code <div class="slide-content">} (presentations) start a new page. The document head,
 * scripts, styles and comments (annotations) are left out. Never recursive, so any depth of
 * nesting is fine.
 */
class XhtmlCollector extends DefaultHandler {
    /** Elements whose block is a heading (Tika writes a word processor's heading styles as these too). */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "td",
            "th",
            "dt",
            "dd",
            "pre",
            "blockquote",
            "caption",
            "div",
            "tr",
            "table",
            "ul",
            "ol",
            "dl",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "nav",
            "main",
            "address",
            "figcaption",
            "hr",
            "body",
            "form",
            "fieldset",
            "legend");
    private static final Set<String> SKIPPED =
            Set.of("head", "title", "script", "style", "noscript", "template", "object", "svg");
    private static final Set<String> SKIPPED_CLASSES = Set.of(
            "annotation",
            "comment",
            "annotationTitle",
            "annotationSubject",
            "annotationContents",
            "slide-master-content",
            "slide-notes-master",
            "embedded",
            "linked",
            "package-entry");

    /** Where the characters Tika's handler writes came from in the file, when that is traced. */
    interface Origins {
        /** The origins of characters the handler writes now; -1 for one it made itself. */
        long[] originsOf(char[] ch, int start, int length);
    }

    private final TextCollector out;
    private final String pageClass;
    private Origins origins;
    private int skipDepth;
    private int pages;

    /**
     * @param pageClass the class of the {@code div} that starts each page ({@code page} for PDF,
     *                  {@code slide-content} for PPTX), or null when the format has no pages
     */
    XhtmlCollector(TextCollector out, String pageClass) {
        this.out = out;
        this.pageClass = pageClass;
    }

    /** From now on, each character written is given its origin in the file. */
    XhtmlCollector traced(Origins traced) {
        this.origins = traced;
        return this;
    }

    int pages() {
        return pages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        out.tick();
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        String name = localName.isEmpty() ? qName : localName;
        String cssClass = atts.getValue("class");
        if (SKIPPED.contains(name) || cssClass != null && SKIPPED_CLASSES.contains(cssClass)) {
            out.endBlock();
            skipDepth = 1;
            return;
        }
        if (pageClass != null && "div".equals(name) && pageClass.equals(cssClass)) {
            out.endBlock();
            pages++;
            out.page(pages);
            return;
        }
        if ("br".equals(name)) {
            out.lineBreak();
        } else if (BLOCKS.contains(name)) {
            out.endBlock();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        out.tick();
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        String name = localName.isEmpty() ? qName : localName;
        if (HEADINGS.contains(name)) {
            out.endHeading(name.charAt(1) - '0');
        } else if (BLOCKS.contains(name)) {
            out.endBlock();
        }
    }

    /** Tika writes the line ends inside a PDF paragraph, and the ends of blocks, as ignorable white space. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                out.lineBreak();
                return;
            }
        }
        out.append(ch, start, length);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0 && origins != null) {
            out.append(new String(ch, start, length), origins.originsOf(ch, start, length));
        } else if (skipDepth == 0) {
            out.append(ch, start, length);
        } else {
            out.tick();
        }
    }
}
