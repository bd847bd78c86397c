package org.apache.tika.parser.odf;

import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Gives strengths-lint Tika's OpenDocument body handler (whose constructor is package-private),
 * so that it can filter the raw OpenDocument XML before Tika turns it into XHTML: tracked
 * deletions and comments are removed, and page breaks are seen. Lives in Tika's package for that
 * reason only: Tika's public parsers read the XML themselves, with no way in before the handler.
 * This is the only class of strengths-lint that reaches into Tika's internals; TikaInternalsTest
 * (in core's tests) fails, naming the Tika version, when a new Tika changes what it relies on.
 */
public final class OpenDocumentBodyHandlers {
    private OpenDocumentBodyHandlers() {}

    public static DefaultHandler create(ContentHandler xhtml, ParseContext context) {
        return new OpenDocumentBodyHandler(xhtml, context);
    }
}
