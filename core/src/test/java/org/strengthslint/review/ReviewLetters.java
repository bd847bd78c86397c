package org.strengthslint.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/**
 * Word letters made with POI for the review tests, with what makes a review hard: a word split
 * across runs with half of it bold, a table, a header, a footnote, a comment someone already made
 * and an insertion someone already tracked.
 */
public final class ReviewLetters {
    private ReviewLetters() {}

    /**
     * Body: "He is a junkie and is known to us." ("jun" plain, "kie" bold), "She told us today that
     * she is homeless." (" today" a tracked insertion by Alice), "We wrote about addicts and their
     * families here." (a hyperlink on "addicts and their families"), a table cell "The client was
     * challenging.", a paragraph with a footnote "The client was non-compliant." and a comment by
     * Alice on "Please call." Header: "Report on a service user".
     */
    public static byte[] hardLetter() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Report on a service user");

            XWPFParagraph first = doc.createParagraph();
            first.createRun().setText("He is a jun");
            XWPFRun bold = first.createRun();
            bold.setBold(true);
            bold.setText("kie");
            first.createRun().setText(" and is known to us.");

            XWPFParagraph second = doc.createParagraph();
            second.createRun().setText("She told us");
            CTP ctp = second.getCTP();
            CTRunTrackChange insertion = ctp.addNewIns();
            insertion.setId(BigInteger.valueOf(900));
            insertion.setAuthor("Alice");
            insertion.addNewR().addNewT().setStringValue(" today");
            second.createRun().setText(" that she is homeless.");

            XWPFParagraph linked = doc.createParagraph();
            linked.createRun().setText("We wrote about ");
            linked.createHyperlinkRun("https://example.org/").setText("addicts and their families");
            linked.createRun().setText(" here.");

            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("The client was challenging.");

            XWPFParagraph noted = doc.createParagraph();
            noted.createRun().setText("We wrote to him.");
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("The client was non-compliant.");
            noted.addFootnoteReference(footnote);

            XWPFComments comments = doc.createComments();
            XWPFComment existing = comments.createComment(BigInteger.valueOf(901));
            existing.setAuthor("Alice");
            existing.setInitials("A");
            existing.createParagraph().createRun().setText("Is this still true?");
            XWPFParagraph commented = doc.createParagraph();
            commented.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(901));
            commented.createRun().setText("Please call.");
            commented.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(901));
            commented.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(901));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
