package org.beamcat.landing.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.RelatedIdentifier;
import org.beamcat.landing.records.CollectionFixtures;
import org.beamcat.landing.registrar.EsrfRecords;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Every DataCite XML we produce is valid against the kernel-4 schema kept in the repository, and reads back. */
class DataCiteXmlTest {

    static final Schema SCHEMA = schema();

    private static Schema schema() {
        URL xsd = DataCiteXmlTest.class.getResource("/datacite/kernel-4.6-beamcat.xsd");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(String xml) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "d".equals(prefix) ? DataCiteXml.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
        return xpath;
    }

    private static String at(Document doc, String path) throws Exception {
        return xpath().evaluate(path, doc);
    }

    @Test
    void theEsrfSessionRecordIsValidAndReadsBack() throws Exception {
        String xml = DataCiteXml.of(EsrfRecords.experimentSession(2210534378L));
        validate(xml);
        Document doc = parse(xml);
        assertEquals("10.15151/ESRF-ES-2210534378", at(doc, "/d:resource/d:identifier[@identifierType='DOI']"));
        assertEquals("Pojer, Florence", at(doc, "/d:resource/d:creators/d:creator[1]/d:creatorName"));
        assertEquals("Personal", at(doc, "/d:resource/d:creators/d:creator[1]/d:creatorName/@nameType"));
        assertEquals("https://orcid.org/" + EsrfRecords.PI_ORCID,
                at(doc, "/d:resource/d:creators/d:creator[1]/d:nameIdentifier[@nameIdentifierScheme='ORCID']"));
        assertEquals("2028", at(doc, "/d:resource/d:publicationYear"));
        assertEquals("Dataset", at(doc, "/d:resource/d:resourceType/@resourceTypeGeneral"));
        assertEquals("Experiment Session", at(doc, "/d:resource/d:resourceType"));
        assertEquals("MX-2738", at(doc, "/d:resource/d:subjects/d:subject[@subjectScheme='Proposal']"));
        assertEquals("DataCollector", at(doc, "/d:resource/d:contributors/d:contributor[1]/@contributorType"));
        assertEquals("2028-09-06", at(doc, "/d:resource/d:dates/d:date[@dateType='Available']"));
        assertEquals("cc-by-4.0", at(doc, "/d:resource/d:rightsList/d:rights/@rightsIdentifier"));
        assertEquals("ROR", at(doc, "/d:resource/d:fundingReferences/d:fundingReference/d:funderIdentifier/@funderIdentifierType"));
        assertEquals("MX-2738", at(doc, "/d:resource/d:fundingReferences/d:fundingReference/d:awardNumber"));
        assertTrue(at(doc, "/d:resource/d:descriptions/d:description[@descriptionType='Abstract']").startsWith("Structure"));
    }

    @Test
    void theDataCollectionRecordIsValidAndReadsBack() throws Exception {
        DoiMetadata record = CollectionFixtures.record().metadata().toBuilder()
                .relatedIdentifier(RelatedIdentifier.of("IsSupplementTo", "DOI", "10.1000/paper.1"))
                .clearTitles().title("<Ti> & \"alloys\"").build();
        String xml = DataCiteXml.of(record);
        validate(xml);
        Document doc = parse(xml);
        assertEquals("<Ti> & \"alloys\"", at(doc, "/d:resource/d:titles/d:title"), "escaped by the writer, read back intact");
        assertEquals("Datacollection", at(doc, "/d:resource/d:resourceType"));
        assertEquals("1", at(doc, "/d:resource/d:version"));
        assertEquals("ESRF", at(doc, "/d:resource/d:creators/d:creator[1]/d:affiliation"));
        assertEquals("The Babbage Group", at(doc, "/d:resource/d:creators/d:creator[2]/d:creatorName"));
        assertEquals("IsSupplementTo", at(doc, "/d:resource/d:relatedIdentifiers/d:relatedIdentifier/@relationType"));
        NodeList subjects = (NodeList) xpath().evaluate("/d:resource/d:subjects/d:subject", doc, XPathConstants.NODESET);
        assertEquals(4, subjects.getLength());
    }

    @Test
    void theSchemaRejectsWhatDataCiteWould() {
        DoiMetadata good = CollectionFixtures.record().metadata();
        // No creators: kernel-4 makes them mandatory.
        assertThrows(SAXException.class, () -> validate(DataCiteXml.of(good.toBuilder().clearCreators().build())));
        // A relation type outside the controlled list.
        assertThrows(SAXException.class, () -> validate(DataCiteXml.of(good.toBuilder()
                .relatedIdentifier(RelatedIdentifier.of("IsFriendOf", "DOI", "10.1000/x")).build())));
        // A date type outside the controlled list.
        assertThrows(SAXException.class, () -> validate(DataCiteXml.of(good.toBuilder().date("Embargoed", "2029").build())));
    }
}
