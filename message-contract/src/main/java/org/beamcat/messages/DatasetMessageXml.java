package org.beamcat.messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Reads and writes the XML messages of the {@link QueueNames#INGEST icatIngest} queue ({@code dataset} and
 * {@code investigation}, namespace {@value #NAMESPACE}).
 *
 * <p>Reading parses securely (no DTD, no external access, size and depth limits), validates against the
 * published XSD ({@value #SCHEMA_RESOURCE}) and against the value rules of the records, and reports
 * every problem found in one {@link InvalidMessageException}; nothing else escapes for bad input.
 * Writing produces canonical XML that the same XSD accepts. Needs only the JDK. Thread-safe.
 */
public final class DatasetMessageXml {

    public static final String NAMESPACE = "http://www.esrf.fr/icat";
    /** Class path location of the XSD, for anyone who wants to publish or serve it. */
    public static final String SCHEMA_RESOURCE = ContractSchema.RESOURCE;

    private final MessageLimits limits;
    private final SecureXmlParser parser = new SecureXmlParser();

    public DatasetMessageXml() {
        this(MessageLimits.DEFAULT);
    }

    public DatasetMessageXml(MessageLimits limits) {
        this.limits = limits;
    }

    /** A dataset or an investigation message, whichever the text is: what a consumer of icatIngest gets. */
    public IngestMessage read(String xml) {
        BoundedInput.checkSize(xml.length(), limits);
        return read(new InputSource(new StringReader(xml)));
    }

    /** As {@link #read(String)}, from bytes whose encoding the XML declaration gives (UTF-8 by default). */
    public IngestMessage read(byte[] xml) {
        BoundedInput.checkSize(xml.length, limits);
        return read(new InputSource(new ByteArrayInputStream(xml)));
    }

    /**
     * As {@link #read(byte[])}, reading at most the size limit from the stream.
     *
     * @throws IOException when the stream itself fails (not for bad content)
     */
    public IngestMessage read(InputStream xml) throws IOException {
        return read(BoundedInput.read(xml, limits));
    }

    public DatasetMessage readDataset(String xml) {
        return expect(DatasetMessage.class, read(xml));
    }

    public DatasetMessage readDataset(byte[] xml) {
        return expect(DatasetMessage.class, read(xml));
    }

    public InvestigationMessage readInvestigation(String xml) {
        return expect(InvestigationMessage.class, read(xml));
    }

    public InvestigationMessage readInvestigation(byte[] xml) {
        return expect(InvestigationMessage.class, read(xml));
    }

    public String write(DatasetMessage message) {
        return MessageToXml.dataset(message);
    }

    public String write(InvestigationMessage message) {
        return MessageToXml.investigation(message);
    }

    /** Writes either kind; convenient for code that forwards whatever it was given. */
    public String write(IngestMessage message) {
        if (message instanceof DatasetMessage dataset) {
            return write(dataset);
        }
        return write((InvestigationMessage) message);
    }

    private IngestMessage read(InputSource source) {
        Document document = parser.parse(source);
        Element root = document.getDocumentElement();
        String rootName = root.getLocalName();
        if (!NAMESPACE.equals(root.getNamespaceURI())
                || !("dataset".equals(rootName) || "investigation".equals(rootName))) {
            throw new InvalidMessageException("message", "the root element must be dataset or investigation in"
                    + " the namespace " + NAMESPACE + ", found " + describe(root));
        }
        Problems problems = new Problems();
        IngestMessage message = "dataset".equals(rootName)
                ? XmlToMessage.dataset(root, problems)
                : XmlToMessage.investigation(root, problems);
        // The reader's findings say it in the contract's words; the XSD's fill in what they do not cover.
        problems.addUncovered(ContractSchema.violations(document));
        problems.throwIfAny();
        return message;
    }

    private static String describe(Element root) {
        String namespace = root.getNamespaceURI();
        return namespace == null ? "'" + root.getTagName() + "' without namespace"
                : "'" + root.getLocalName() + "' in " + namespace;
    }

    private static <T extends IngestMessage> T expect(Class<T> kind, IngestMessage message) {
        if (!kind.isInstance(message)) {
            String found = message instanceof DatasetMessage ? "dataset" : "investigation";
            String wanted = kind == DatasetMessage.class ? "dataset" : "investigation";
            throw new InvalidMessageException("message", "must be a " + wanted + " message, found " + found);
        }
        return kind.cast(message);
    }
}
