package org.beamcat.messages;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes records as canonical contract XML: prefix {@code tns}, the documented element order, one element
 * per line. Canonical so that the same record always gives the same text (tests and dead-letter diffs
 * stay readable), and in the order older ESRF consumers expect.
 */
final class MessageToXml {

    private static final String PREFIX = "tns";
    private static final String INDENT = "\n  ";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private MessageToXml() {
    }

    static String dataset(DatasetMessage message) {
        return write(out -> {
            start(out, "dataset");
            out.writeAttribute("complete", Boolean.toString(message.complete()));
            field(out, INDENT, "investigation", message.proposal());
            field(out, INDENT, "instrument", message.beamline());
            field(out, INDENT, "name", message.name());
            field(out, INDENT, "location", message.location());
            out.writeCharacters(INDENT);
            out.writeStartElement(PREFIX, "sample", DatasetMessageXml.NAMESPACE);
            field(out, INDENT + "  ", "name", message.sampleName());
            out.writeCharacters(INDENT);
            out.writeEndElement();
            field(out, INDENT, "startDate", FieldRules.formatDate(message.startDate()));
            field(out, INDENT, "endDate", FieldRules.formatDate(message.endDate()));
            for (Parameter parameter : message.parameters()) {
                out.writeCharacters(INDENT);
                out.writeStartElement(PREFIX, "parameter", DatasetMessageXml.NAMESPACE);
                field(out, INDENT + "  ", "name", parameter.name());
                field(out, INDENT + "  ", "value", parameter.value());
                out.writeCharacters(INDENT);
                out.writeEndElement();
            }
        });
    }

    static String investigation(InvestigationMessage message) {
        return write(out -> {
            start(out, "investigation");
            field(out, INDENT, "experiment", message.proposal());
            field(out, INDENT, "instrument", message.beamline());
            if (message.investigationId() != null) {
                field(out, INDENT, "investigationId", message.investigationId());
            }
            field(out, INDENT, "startDate", FieldRules.formatDate(message.startDate()));
            if (message.endDate() != null) {
                field(out, INDENT, "endDate", FieldRules.formatDate(message.endDate()));
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            body.write(out);
            out.writeCharacters("\n");
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            // Records only hold text XML can carry, so writing to memory cannot fail on their account.
            throw new IllegalStateException("writing a message as XML failed", e);
        }
        return text.append('\n').toString();
    }

    private static void start(XMLStreamWriter out, String root) throws XMLStreamException {
        out.writeStartElement(PREFIX, root, DatasetMessageXml.NAMESPACE);
        out.writeNamespace(PREFIX, DatasetMessageXml.NAMESPACE);
    }

    private static void field(XMLStreamWriter out, String indent, String name, String value) throws XMLStreamException {
        out.writeCharacters(indent);
        out.writeStartElement(PREFIX, name, DatasetMessageXml.NAMESPACE);
        out.writeCharacters(value);
        out.writeEndElement();
    }
}
