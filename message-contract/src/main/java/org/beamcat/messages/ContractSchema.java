package org.beamcat.messages;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The published XSD, loaded once, and the check of a parsed message against it. Reports every violation
 * with the path of the element it is about, so XSD findings read like the reader's own.
 */
final class ContractSchema {

    static final String RESOURCE = "/org/beamcat/messages/icat-messages.xsd";

    /** Xerces (the JDK's validator) tells which DOM element it is checking through this property. */
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    private static final Schema SCHEMA = load();

    private ContractSchema() {
    }

    static List<Problem> violations(Document document) {
        Validator validator = SCHEMA.newValidator();
        List<Problem> found = new ArrayList<>();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(validator, found));
            validator.validate(new DOMSource(document));
        } catch (SAXException e) {
            if (found.isEmpty()) {
                found.add(new Problem("message", "does not match the contract: " + withoutCode(e.getMessage())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("validating an in-memory document failed", e);
        }
        return found;
    }

    private static Schema load() {
        URL xsd = ContractSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("the contract " + RESOURCE + " is missing from the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the contract " + RESOURCE + " is not a valid XSD", e);
        }
    }

    /**
     * Xerces prefixes messages with the rule's code ("cvc-pattern-valid: "), which helps nobody. The codes
     * are not translated, so they also tell the one case worth rewording: an element the contract does not
     * have (its message lists every namespace-qualified alternative).
     */
    private static String withoutCode(String message) {
        String text = String.valueOf(message);
        if (text.startsWith("cvc-complex-type.2.4.a:") || text.startsWith("cvc-complex-type.2.4.d:")) {
            return "is not an element of the contract (or not in the namespace " + DatasetMessageXml.NAMESPACE
                    + ") here";
        }
        return text.startsWith("cvc-") && text.contains(": ") ? text.substring(text.indexOf(": ") + 2) : text;
    }

    private static final class Collector implements ErrorHandler {
        private final Validator validator;
        private final List<Problem> found;

        Collector(Validator validator, List<Problem> found) {
            this.validator = validator;
            this.found = found;
        }

        @Override
        public void warning(SAXParseException e) {
            // Not a violation.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(new Problem(currentPath(), withoutCode(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            found.add(new Problem(currentPath(), withoutCode(e.getMessage())));
            throw e;
        }

        private String currentPath() {
            try {
                Object node = validator.getProperty(CURRENT_ELEMENT);
                return node instanceof Element element ? XmlPaths.of(element) : "message";
            } catch (SAXException e) {
                return "message";
            }
        }
    }

    /** Paths as the rest of the contract writes them: local names, parameter positions from 1. */
    static final class XmlPaths {
        private XmlPaths() {
        }

        static String of(Element element) {
            StringBuilder path = new StringBuilder();
            for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
                String step = localName(current);
                if (step.equals("parameter")) {
                    step += "[" + position(current) + "]";
                }
                path.insert(0, path.length() == 0 ? step : step + "/");
            }
            return path.toString();
        }

        private static String localName(Element element) {
            return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        }

        private static int position(Element element) {
            int position = 1;
            for (Node sibling = element.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
                if (sibling instanceof Element other && localName(other).equals(localName(element))) {
                    position++;
                }
            }
            return position;
        }
    }
}
