package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared plumbing for the XML reports. */
final class XmlReports {
    private XmlReports() {
    }

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

    /** XML 1.0 cannot hold most control characters, even escaped: drop them. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
