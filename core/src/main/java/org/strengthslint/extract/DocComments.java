package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.model.FileInformationBlock;
import org.apache.poi.hwpf.model.SubdocumentType;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * Whether a Word 97-2003 (DOC) file has comments, from the length of its comments' text in the
 * file information block at the start of its WordDocument stream. Finding the comments' text
 * means parsing the whole document with POI a second time (Tika parses it once more for the
 * text): a quarter of a DOC's reading time, spent on every DOC although few have comments.
 */
final class DocComments {
    /** The file information block, with every part Word 97 to 2007 writes, fits in this many bytes. */
    private static final int FIB_BYTES = 4096;

    private DocComments() {}

    /**
     * The text of the file's comments, to be left out of what Tika extracts; none when it has
     * none. Word 6.0 and Word 95 files are in an older format whose comments POI does not read
     * (Tika reads their text through its own path for that format): their text is checked whole.
     */
    static List<String> texts(DirectoryNode root) throws IOException {
        if (hasNone(root)) {
            return List.of();
        }
        try {
            return List.of(new WordExtractor(new HWPFDocument(root)).getCommentsText());
        } catch (OldWordFileFormatException tooOldForComments) {
            return List.of();
        }
    }

    /**
     * True when the file says it has no comment text; false when it has some, or when its file
     * information block cannot be read (the thorough parse then decides, and gives the reason).
     */
    static boolean hasNone(DirectoryNode root) {
        try (InputStream in = root.createDocumentInputStream("WordDocument")) {
            FileInformationBlock fib = new FileInformationBlock(in.readNBytes(FIB_BYTES));
            return fib.getSubdocumentTextStreamLength(SubdocumentType.ANNOTATION) == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
