package org.beamcat.landing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.beamcat.landing.registrar.metadata.Agent;
import org.beamcat.landing.registrar.metadata.DoiMetadata;
import org.beamcat.landing.sessions.Exports;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/** Backs {@code landing.xhtml}: the record {@link DoiFilter} found, in the shapes the page shows. */
@Named
@RequestScoped
public class LandingPage {

    /** A creator as the page lists it (a class with getters: Jakarta EL 5 does not read record components). */
    public static final class Creator {
        private final String name;
        private final String citationName;
        private final String orcid;

        Creator(String name, String citationName, String orcid) {
            this.name = name;
            this.citationName = citationName;
            this.orcid = orcid;
        }

        public String getName() {
            return name;
        }

        /** "Family, Given", as citation_author and DC.creator want it. */
        public String getCitationName() {
            return citationName;
        }

        /** The ORCID iD URL, or null. */
        public String getOrcid() {
            return orcid;
        }
    }

    private DoiMetadata record;

    private DoiMetadata record() {
        if (record == null) {
            record = (DoiMetadata) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(DoiFilter.RECORD);
            if (record == null) {
                throw new IllegalStateException("landing.xhtml is only rendered for a DOI found by DoiFilter");
            }
        }
        return record;
    }

    public String getDoi() {
        return record().doi().toString();
    }

    public String getDoiUrl() {
        return record().doi().resolverUrl();
    }

    public String getCanonicalUrl() {
        return record().url().toString();
    }

    public String getTitle() {
        return Exports.title(record());
    }

    public String getAbstract() {
        return Exports.description(record()).orElse("");
    }

    public String getPublisher() {
        return record().publisher();
    }

    public String getResourceType() {
        return record().types() == null ? "" : record().types().resourceType();
    }

    public List<Creator> getCreators() {
        return record().creators().stream()
                .map(a -> new Creator(Exports.displayName(a), a.name(), Exports.orcid(a).orElse(null)))
                .toList();
    }

    public String getProposal() {
        return Exports.subject(record(), SessionMetadataBuilder.SCHEME_PROPOSAL).orElse("");
    }

    public String getProposalType() {
        return Exports.subject(record(), SessionMetadataBuilder.SCHEME_PROPOSAL_TYPE).orElse("");
    }

    public String getBeamline() {
        return String.join(", ", Exports.subjects(record(), SessionMetadataBuilder.SCHEME_INSTRUMENT));
    }

    public String getCollected() {
        return Exports.date(record(), "Collected").map(d -> d.replace("/", " to ")).orElse("");
    }

    public String getAvailable() {
        return Exports.date(record(), "Available").orElse("");
    }

    public String getPublicationYear() {
        return record().publicationYear() == null ? "" : record().publicationYear().toString();
    }

    /** Whether the data are still under embargo today (the Available date is in the future). */
    public boolean isUnderEmbargo() {
        return Exports.date(record(), "Available")
                .map(d -> LocalDate.parse(d).isAfter(LocalDate.now(ZoneOffset.UTC))).orElse(true);
    }

    public String getLicence() {
        return record().rightsList().isEmpty() ? "" : record().rightsList().get(0).rights();
    }

    public String getLicenceUrl() {
        return record().rightsList().isEmpty() ? "" : record().rightsList().get(0).rightsUri();
    }

    public String getCitation() {
        return Exports.citation(record());
    }

    public List<String> getKeywords() {
        return record().subjects().stream().map(s -> s.subject()).toList();
    }

    /** The JSON-LD for the page head; "&lt;/" is escaped so no value can end the script element. */
    public String getJsonLd() {
        return Exports.jsonLd(record()).toString().replace("</", "<\\/");
    }

    public String getAvailableSlashes() {
        return getAvailable().replace('-', '/');
    }

    public List<Agent> getAgents() {
        return record().creators();
    }
}
