package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

class DocCommentsTest {
    private static boolean hasNone(String file) throws IOException {
        try (POIFSFileSystem fs =
                new POIFSFileSystem(OfficeExtractionTest.DOCUMENTS.resolve(file).toFile(), true)) {
            return DocComments.hasNone(fs.getRoot());
        }
    }

    @Test
    void aDocWithACommentSaysSo() throws IOException {
        assertFalse(hasNone("features.doc"));
    }

    @Test
    void aDocWithoutCommentsSaysSo() throws IOException {
        assertTrue(hasNone("parity.doc"));
    }

    @Test
    void anOle2FileThatIsNotAWordDocumentIsLeftToTheThoroughParse() throws IOException {
        assertFalse(hasNone("review.msg"));
    }
}
