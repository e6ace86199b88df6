package org.beamcat.icat.server.soap;

import java.io.InputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which operation a SOAP 1.1 request names: the first element inside its {@code Body}, read with StAX from the start
 * of the request (no DTD, no external entity, nothing but the envelope's first elements is parsed).
 */
final class SoapPayloadPeek {

    static final String SOAP_11_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";

    enum Kind {
        /** The Body's first element: {@link Result#payload()}. */
        OPERATION,
        /** A SOAP 1.1 envelope whose Body is empty. */
        EMPTY_BODY,
        /** Not a SOAP 1.1 envelope, not well-formed, or the Body not reached within what was read: JAX-WS decides. */
        NOT_SEEN
    }

    record Result(Kind kind, QName payload) {
    }

    private static final Result NOT_SEEN = new Result(Kind.NOT_SEEN, null);

    private static final XMLInputFactory FACTORY = factory();

    private SoapPayloadPeek() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Reads {@code head} (the start of the request, bounded by the caller) up to the Body's first element. */
    static Result of(InputStream head) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(head);
            int depth = 0;
            boolean inBody = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return NOT_SEEN;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1 && !isSoap11(reader, "Envelope")) {
                        return NOT_SEEN;
                    }
                    if (depth == 2 && isSoap11(reader, "Body")) {
                        inBody = true;
                    } else if (depth == 3 && inBody) {
                        return new Result(Kind.OPERATION, reader.getName());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && inBody) {
                        return new Result(Kind.EMPTY_BODY, null);
                    }
                    depth--;
                }
            }
            return NOT_SEEN;
        } catch (XMLStreamException | RuntimeException e) {
            return NOT_SEEN;
        } finally {
            close(reader);
        }
    }

    private static boolean isSoap11(XMLStreamReader reader, String localName) {
        return SOAP_11_ENVELOPE.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open but the parser's own state
            }
        }
    }
}
