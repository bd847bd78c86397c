package org.strengthslint.extract;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler that watches the raw XML of an office document and passes the document-level
 * events on to the handler that extracts the text; subclasses decide what to do with elements
 * and characters.
 */
abstract class ForwardingHandler extends DefaultHandler {
    protected final ContentHandler next;

    ForwardingHandler(ContentHandler next) {
        this.next = next;
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }
}
