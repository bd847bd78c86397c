package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentBodyHandlers;
import org.apache.tika.utils.XMLReaderUtils;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * strengths-lint reaches one part of Tika that is not public API: the OpenDocument body handler,
 * whose constructor is package-private, through {@link OpenDocumentBodyHandlers} (the one class
 * of ours in a package of Tika's). Tika offers no public way to filter an OpenDocument file's XML
 * before the handler sees it, which {@link OpenDocumentExtractor} needs (tracked deletions and
 * comments left out, page breaks seen). When a new Tika changes the handler, this test fails and
 * says which version of Tika the build uses.
 */
class TikaInternalsTest {
    private static final String CONTENT = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
              <office:body><office:text>
                <text:h text:outline-level="1">Final warning</text:h>
                <text:p>Dear <text:span>Mr Pike</text:span>,</text:p>
                <text:list><text:list-item><text:p>A chair was thrown.</text:p></text:list-item></text:list>
              </office:text></office:body>
            </office:document-content>
            """;

    /** The XHTML elements and text the handler gives, in order. */
    private static final class Recorder extends DefaultHandler {
        final StringBuilder events = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            events.append('<').append(localName).append('>');
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            events.append("</").append(localName).append('>');
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            String text = new String(ch, start, length);
            if (!text.isBlank()) { // the indentation of the XML above
                events.append(text);
            }
        }
    }

    @Test
    void tikasOpenDocumentBodyHandlerStillWorksAsOpenDocumentExtractorExpects() {
        Recorder recorder = new Recorder();
        try {
            ParseContext context = new ParseContext();
            XMLReaderUtils.parseSAX(
                    new ByteArrayInputStream(CONTENT.getBytes(StandardCharsets.UTF_8)),
                    OpenDocumentBodyHandlers.create(recorder, context),
                    context);
        } catch (Exception | LinkageError e) {
            fail(changed("cannot be reached any more: " + e), e);
        }
        assertEquals(
                "<h1>Final warning</h1><p>Dear Mr Pike,</p><ul><li><p>A chair was thrown.</p></li></ul>",
                recorder.events.toString(),
                changed("gives different XHTML"));
    }

    private static String changed(String what) {
        return "Tika's package-private org.apache.tika.parser.odf.OpenDocumentBodyHandler " + what + ", with Tika "
                + System.getProperty("tika.version", "(tika.version not set: run the test through Maven)")
                + ": OpenDocumentBodyHandlers and OpenDocumentExtractor must be changed for this version";
    }
}
