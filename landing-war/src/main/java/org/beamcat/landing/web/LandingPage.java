package org.beamcat.landing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.exports.Exports;
import org.beamcat.landing.exports.SchemaOrgDataset;
import org.beamcat.landing.records.DatasetPage;
import org.beamcat.landing.records.DatasetRow;
import org.beamcat.landing.records.LandingRecord;
import org.beamcat.landing.registrar.DoiRegistrar;

/**
 * Backs {@code landing.xhtml}: the record {@link DoiFilter} found and one page of its datasets, in the shapes
 * the page shows (an experiment session, a data collection, or the tombstone of a withdrawn DOI).
 */
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

    /** A dataset row as the page lists it. */
    public static final class Dataset {
        private final DatasetRow row;

        Dataset(DatasetRow row) {
            this.row = row;
        }

        public long getId() {
            return row.id();
        }

        public String getName() {
            return row.name();
        }

        public long getFileCount() {
            return row.fileCount();
        }

        public String getSize() {
            return Sizes.human(row.fileSize());
        }
    }

    @Inject
    DoiJobSettings jobSettings;

    @Inject
    DoiRegistrar registrar;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private LandingRecord landing;

    private LandingRecord landing() {
        if (landing == null) {
            landing = (LandingRecord) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(DoiFilter.RECORD);
            if (landing == null) {
                throw new IllegalStateException("landing.xhtml is only rendered for a DOI found by DoiFilter");
            }
        }
        return landing;
    }

    private DoiMetadata record() {
        return landing().metadata();
    }

    /** The page of datasets; null on a tombstone. */
    private DatasetPage datasets() {
        return (DatasetPage) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(DoiFilter.DATASETS);
    }

    public boolean isCollection() {
        return landing().kind() == LandingRecord.Kind.COLLECTION;
    }

    public boolean isWithdrawn() {
        return landing().withdrawn();
    }

    public String getWithdrawalReason() {
        return landing().withdrawal().map(w -> w.reason()).orElse("");
    }

    public String getWithdrawalDate() {
        return landing().withdrawal().map(w -> w.date().toString()).orElse("");
    }

    /** Whether the files can be downloaded now: the embargo is over and the DOI is not withdrawn. */
    public boolean isDownloadable() {
        return landing().downloadable(today);
    }

    /** The path (under this application) of the whole DOI's download. */
    public String getDownloadPath() {
        return "/download/" + record().doi();
    }

    public List<Dataset> getDatasets() {
        DatasetPage page = datasets();
        return page == null ? List.of() : page.rows().stream().map(Dataset::new).toList();
    }

    public long getDatasetCount() {
        return datasets() == null ? 0 : datasets().datasetCount();
    }

    public long getFileCount() {
        return datasets() == null ? 0 : datasets().fileCount();
    }

    public String getTotalSize() {
        return Sizes.human(datasets() == null ? 0 : datasets().totalSize());
    }

    public int getPage() {
        return datasets() == null ? 1 : datasets().page();
    }

    public int getPageCount() {
        return datasets() == null ? 1 : datasets().pageCount();
    }

    public String getDoi() {
        return record().doi().toString();
    }

    public String getDoiUrl() {
        return record().doi().resolverUrl();
    }

    /** False with the offline registrar or DataCite's test service: the doi.org link then leads nowhere. */
    public boolean isDoiResolvable() {
        return registrar.resolvesAtDoiOrg();
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
        return String.join(", ", Exports.subjects(record(), Subject.SCHEME_PROPOSAL));
    }

    public String getProposalType() {
        return Exports.subject(record(), Subject.SCHEME_PROPOSAL_TYPE).orElse("");
    }

    public String getBeamline() {
        return String.join(", ", Exports.subjects(record(), Subject.SCHEME_INSTRUMENT));
    }

    public String getCollected() {
        return Exports.date(record(), "Collected").map(d -> d.replace("/", " to ")).orElse("");
    }

    public String getAvailable() {
        return landing().embargoEnd().map(LocalDate::toString).orElse("");
    }

    public String getIssued() {
        return Exports.date(record(), "Issued").filter(d -> d.length() == 10).orElse("");
    }

    public String getPublicationYear() {
        return record().publicationYear() == null ? "" : record().publicationYear().toString();
    }

    /** Whether the data are still under embargo today (its end is in the future, or unknown). */
    public boolean isUnderEmbargo() {
        return landing().underEmbargo(today);
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
        return SchemaOrgDataset.of(landing(), today,
                URI.create(jobSettings.landingBaseUrl() + getDownloadPath())).toString().replace("</", "<\\/");
    }

    public String getAvailableSlashes() {
        return getAvailable().replace('-', '/');
    }

    public List<Agent> getAgents() {
        return record().creators();
    }
}
