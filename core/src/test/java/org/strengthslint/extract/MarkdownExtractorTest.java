package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {
    private final MarkdownExtractor extractor = new MarkdownExtractor();

    /** The checkable text with blanked characters shown as '.', to make what is checked visible. */
    private String checked(String markdown) {
        Document document = extractor.extract("t.md", markdown);
        assertEquals(markdown.length(), document.checkable().length());
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < markdown.length(); i++) {
            char c = document.checkable().charAt(i);
            shown.append(c == ' ' && markdown.charAt(i) != ' ' ? '.' : c);
        }
        return shown.toString();
    }

    @Test
    void proseIsKeptAndMarkupBlanked() {
        assertEquals(
                ". Heading\n\nHe has .complex needs. and ..more..",
                checked("# Heading\n\nHe has *complex needs* and **more**"));
    }

    @Test
    void codeIsNeverChecked() {
        assertEquals(
                "Text ........ ......\n\n...\n.... . ....\n...\n",
                checked("Text `complex needs`\n\n```\ncode + more\n```\n"));
    }

    @Test
    void linkTextIsCheckedButNotItsTarget() {
        assertEquals(
                ".see here.................. and .......................",
                checked("[see here](https://x.org/a) and <https://x.org/complex>"));
    }

    @Test
    void bareUrlsAndHtmlAreNotChecked() {
        assertEquals(
                "Visit ..................... now\n\n...complex....\n\n.....\n.......\n......\n",
                checked("Visit https://x.org/complex now\n\n<b>complex</b>\n\n<div>\ncomplex\n</div>\n"));
    }

    @Test
    void frontMatterIsNotChecked() {
        assertEquals("...\n...... .......\n...\nBody\n", checked("---\ntitle: complex\n---\nBody\n"));
    }

    @Test
    void blocksAreParagraphsHeadingsAndListItems() {
        Document document = extractor.extract("t.md", "# Title\n\nOne.\nTwo.\n\n- item\n");
        assertEquals(
                List.of(new Document.Block(0, 7, 1), new Document.Block(9, 18), new Document.Block(22, 26)),
                document.blocks());
    }
}
