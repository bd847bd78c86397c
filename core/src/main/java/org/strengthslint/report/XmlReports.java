package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared plumbing for the XML reports. */
final class XmlReports {
    private XmlReports() {}

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    static void write(Writer out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the XML report: " + e.getMessage(), e);
        }
    }

    /**
     * Text for an attribute or an element: XML 1.0 cannot hold most control characters, not even
     * escaped, nor surrogates without their pair; they, line breaks and the characters that
     * reorder text on screen are written out as escapes (see {@link VisibleText}), so the report is
     * well-formed whatever a file is called or holds, and shows what was there. Line breaks the
     * report means to have are added by the writer, outside the escaped text.
     */
    static String clean(String text) {
        return VisibleText.escape(text);
    }
}
