package org.beamcat.messages;

import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns message text into a DOM without trusting it: no DOCTYPE at all (which rules out external entities,
 * entity expansion bombs and DTD fetching in one go), no XInclude, no external access, bounded depth.
 * Messages come from the network (STOMP, HTTP), so anything a message could make the parser do on its
 * behalf is switched off.
 */
final class SecureXmlParser {

    /** Our messages are three levels deep; anything much deeper is not ours. */
    private static final String MAX_DEPTH = "16";

    private final DocumentBuilderFactory factory;

    SecureXmlParser() {
        // The JDK's own implementation, not whatever the class path offers: the settings below are its
        // settings, and they must hold the same in Payara and in a standalone program.
        factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setIgnoringComments(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refused a security setting", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
    }

    Document parse(InputSource source) {
        try {
            DocumentBuilder builder = newBuilder();
            builder.setErrorHandler(FAIL_ON_ANY);
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new InvalidMessageException("message", notWellFormed(e));
        } catch (SAXException e) {
            throw new InvalidMessageException("message", "is not well-formed XML: " + e.getMessage());
        } catch (IOException e) {
            // Only in-memory sources are parsed, so this is the parser's way of saying the text is broken
            // (e.g. bytes that are not in the declared encoding).
            throw new InvalidMessageException("message", "cannot be read as XML: " + e.getMessage());
        }
    }

    private DocumentBuilder newBuilder() {
        // DocumentBuilderFactory is not promised to be thread-safe; a builder per message is.
        synchronized (factory) {
            try {
                return factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("cannot create an XML parser", e);
            }
        }
    }

    private static String notWellFormed(SAXParseException e) {
        String text = String.valueOf(e.getMessage());
        String reason = text.contains("DOCTYPE")
                ? "must not contain a DOCTYPE (DTDs and entity declarations are not accepted)"
                : "is not well-formed XML: " + text;
        return reason + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
    }

    /** The default handler prints to stderr and goes on; a message with any XML error is simply refused. */
    private static final ErrorHandler FAIL_ON_ANY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a message unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
