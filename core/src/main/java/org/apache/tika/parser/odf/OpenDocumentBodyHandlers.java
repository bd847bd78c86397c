package org.apache.tika.parser.odf;

import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Gives strengths-lint Tika's OpenDocument body handler (whose constructor is package-private),
 * so that it can filter the raw OpenDocument XML before Tika turns it into XHTML: tracked
 * deletions and comments are removed, and page breaks are seen. Lives in Tika's package for that
 * reason only.
 */
public final class OpenDocumentBodyHandlers {
    private OpenDocumentBodyHandlers() {
    }

    public static DefaultHandler create(ContentHandler xhtml, ParseContext context) {
        return new OpenDocumentBodyHandler(xhtml, context);
    }
}
