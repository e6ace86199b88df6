package org.beamcat.landing.registrar;

import java.net.URI;
import org.beamcat.landing.doi.Affiliation;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.FundingReference;
import org.beamcat.landing.doi.ResourceType;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;

/**
 * An experiment-session record shaped like ESRF's (domain notes, section 3.1): the PI as creator with
 * ORCID and free-text affiliation, proposal / proposal type / instrument subjects, local contact and PI
 * as contributors, Collected / Available / Issued dates, CC-BY-4.0, the abstract, ESRF as funder.
 */
public final class EsrfRecords {

    public static final String PREFIX = "10.15151";
    public static final String PI_ORCID = "0000-0002-9183-7206";
    public static final String LOCAL_CONTACT_ORCID = "0000-0003-0391-8290";

    private EsrfRecords() {
    }

    public static Doi sessionDoi(long investigationId) {
        return new Doi(PREFIX, "ESRF-ES-" + investigationId);
    }

    public static DoiMetadata experimentSession(long investigationId) {
        Doi doi = sessionDoi(investigationId);
        Agent pi = Agent.person("Pojer", "Florence")
                .withOrcid(PI_ORCID)
                .withAffiliation(Affiliation.named("EPFL - PTPSP, Station 19, CH-1015 Lausanne, Switzerland"));
        Agent localContact = Agent.person("De Sanctis", "Daniele")
                .withOrcid(LOCAL_CONTACT_ORCID)
                .withAffiliation(Affiliation.named("ESRF, 71 avenue des Martyrs, 38043 Grenoble, France"));
        String title = "Swiss consortium in macromolecular X-ray crystallography structure determination";
        return DoiMetadata.builder(doi)
                .creator(pi)
                .title(title)
                .publisher("European Synchrotron Radiation Facility")
                .publicationYear(2028)
                .types(ResourceType.dataset("Experiment Session"))
                .subject(Subject.inScheme("Macromolecular Crystallography", "Proposal Type Description"))
                .subject(Subject.inScheme("MX-2738", "Proposal"))
                .subject(Subject.inScheme("ID30A-3", "Instrument"))
                .contributor("DataCollector", localContact)
                .contributor("ProjectManager", pi)
                .date("Collected", "2025-09-05")
                .date("Available", "2028-09-06")
                .date("Issued", "2028")
                .language("en")
                .rights(Rights.ccBy4())
                .description(Description.abstractOf("Structure determination of macromolecules by X-ray"
                        + " crystallography for Swiss academic groups."))
                .fundingReference(new FundingReference("European Synchrotron Radiation Facility",
                        "https://ror.org/02550n020", "ROR", "MX-2738", null, title))
                .url(URI.create("https://doi.esrf.fr/" + doi))
                .build();
    }
}
