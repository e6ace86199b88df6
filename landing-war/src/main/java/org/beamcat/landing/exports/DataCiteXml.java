package org.beamcat.landing.exports;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.beamcat.landing.doi.Affiliation;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.AlternateIdentifier;
import org.beamcat.landing.doi.Contributor;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.FundingReference;
import org.beamcat.landing.doi.NameIdentifier;
import org.beamcat.landing.doi.RelatedIdentifier;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.Title;
import org.beamcat.landing.doi.TypedDate;

/**
 * The record as DataCite XML, kernel-4 (schema 4.6), written with the JDK's StAX writer so that every value
 * is escaped by the writer and not by hand. Empty wrapper elements are left out.
 */
public final class DataCiteXml {

    public static final String NAMESPACE = "http://datacite.org/schema/kernel-4";
    public static final String SCHEMA_LOCATION = NAMESPACE + " https://schema.datacite.org/meta/kernel-4.6/metadata.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private DataCiteXml() {
    }

    public static String of(DoiMetadata m) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "resource");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
            element(w, "identifier", m.doi().toString(), "identifierType", "DOI");
            agents(w, "creators", "creator", m.creators().stream().map(a -> new Contributor(null, a)).toList());
            if (!m.titles().isEmpty()) {
                w.writeStartElement(NAMESPACE, "titles");
                for (Title t : m.titles()) {
                    w.writeStartElement(NAMESPACE, "title");
                    attribute(w, "titleType", t.titleType());
                    if (t.lang() != null) {
                        w.writeAttribute("xml", XML, "lang", t.lang());
                    }
                    w.writeCharacters(t.title());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            element(w, "publisher", m.publisher());
            // Mandatory in kernel-4; a record without dates is cited with the year it is read.
            element(w, "publicationYear", Integer.toString(m.publicationYear() != null ? m.publicationYear()
                    : LocalDate.now(ZoneOffset.UTC).getYear()));
            if (m.types() != null) {
                element(w, "resourceType", m.types().resourceType() == null ? "" : m.types().resourceType(),
                        "resourceTypeGeneral", m.types().resourceTypeGeneral());
            }
            if (!m.subjects().isEmpty()) {
                w.writeStartElement(NAMESPACE, "subjects");
                for (Subject s : m.subjects()) {
                    element(w, "subject", s.subject(), "subjectScheme", s.subjectScheme(), "schemeURI", s.schemeUri(),
                            "valueURI", s.valueUri());
                }
                w.writeEndElement();
            }
            agents(w, "contributors", "contributor", m.contributors());
            if (!m.dates().isEmpty()) {
                w.writeStartElement(NAMESPACE, "dates");
                for (TypedDate d : m.dates()) {
                    element(w, "date", d.date(), "dateType", d.dateType(), "dateInformation", d.dateInformation());
                }
                w.writeEndElement();
            }
            element(w, "language", m.language());
            if (!m.alternateIdentifiers().isEmpty()) {
                w.writeStartElement(NAMESPACE, "alternateIdentifiers");
                for (AlternateIdentifier a : m.alternateIdentifiers()) {
                    element(w, "alternateIdentifier", a.alternateIdentifier(), "alternateIdentifierType",
                            a.alternateIdentifierType());
                }
                w.writeEndElement();
            }
            if (!m.relatedIdentifiers().isEmpty()) {
                w.writeStartElement(NAMESPACE, "relatedIdentifiers");
                for (RelatedIdentifier r : m.relatedIdentifiers()) {
                    element(w, "relatedIdentifier", r.relatedIdentifier(), "relatedIdentifierType",
                            r.relatedIdentifierType(), "relationType", r.relationType(), "resourceTypeGeneral",
                            r.resourceTypeGeneral());
                }
                w.writeEndElement();
            }
            element(w, "version", m.version());
            if (!m.rightsList().isEmpty()) {
                w.writeStartElement(NAMESPACE, "rightsList");
                for (Rights r : m.rightsList()) {
                    element(w, "rights", r.rights(), "rightsURI", r.rightsUri(), "rightsIdentifier",
                            r.rightsIdentifier(), "rightsIdentifierScheme", r.rightsIdentifierScheme(), "schemeURI",
                            r.schemeUri());
                }
                w.writeEndElement();
            }
            if (!m.descriptions().isEmpty()) {
                w.writeStartElement(NAMESPACE, "descriptions");
                for (Description d : m.descriptions()) {
                    element(w, "description", d.description(), "descriptionType", d.descriptionType());
                }
                w.writeEndElement();
            }
            if (!m.fundingReferences().isEmpty()) {
                w.writeStartElement(NAMESPACE, "fundingReferences");
                for (FundingReference f : m.fundingReferences()) {
                    w.writeStartElement(NAMESPACE, "fundingReference");
                    element(w, "funderName", f.funderName());
                    element(w, "funderIdentifier", f.funderIdentifier(), "funderIdentifierType",
                            f.funderIdentifierType());
                    element(w, "awardNumber", f.awardNumber(), "awardURI", f.awardUri());
                    element(w, "awardTitle", f.awardTitle());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write DataCite XML for " + m.doi(), e);
        }
        return out.toString();
    }

    /** Creators (contributor type null) or contributors, with names, identifiers and affiliations. */
    private static void agents(XMLStreamWriter w, String wrapper, String name, List<Contributor> agents)
            throws XMLStreamException {
        if (agents.isEmpty()) {
            return;
        }
        w.writeStartElement(NAMESPACE, wrapper);
        for (Contributor c : agents) {
            Agent a = c.agent();
            w.writeStartElement(NAMESPACE, name);
            attribute(w, "contributorType", c.contributorType());
            element(w, name + "Name", a.name(), "nameType", a.nameType());
            element(w, "givenName", a.givenName());
            element(w, "familyName", a.familyName());
            for (NameIdentifier n : a.nameIdentifiers()) {
                element(w, "nameIdentifier", n.nameIdentifier(), "nameIdentifierScheme", n.nameIdentifierScheme(),
                        "schemeURI", n.schemeUri());
            }
            for (Affiliation f : a.affiliations()) {
                element(w, "affiliation", f.name(), "affiliationIdentifier", f.affiliationIdentifier(),
                        "affiliationIdentifierScheme", f.affiliationIdentifierScheme(), "schemeURI", f.schemeUri());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** An element with text and attributes given as name/value pairs; nothing when the text is null. */
    private static void element(XMLStreamWriter w, String name, String text, String... attributes)
            throws XMLStreamException {
        if (text == null) {
            return;
        }
        w.writeStartElement(NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(w, attributes[i], attributes[i + 1]);
        }
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void attribute(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value != null) {
            w.writeAttribute(name, value);
        }
    }
}
