package org.beamcat.landing.doi;

import java.util.Set;

/**
 * The controlled lists of the DataCite metadata schema 4.6 (kernel-4). Values are case-sensitive, as
 * in the XSD. Kept as strings rather than enums so that a record built from catalogue data can be
 * checked and every bad value reported, instead of failing on the first.
 */
public final class Kernel4Vocabulary {

    private Kernel4Vocabulary() {
    }

    public static final Set<String> RESOURCE_TYPE_GENERAL = Set.of(
            "Audiovisual", "Award", "Book", "BookChapter", "Collection", "ComputationalNotebook", "ConferencePaper",
            "ConferenceProceeding", "DataPaper", "Dataset", "Dissertation", "Event", "Image", "Instrument",
            "InteractiveResource", "Journal", "JournalArticle", "Model", "OutputManagementPlan", "PeerReview",
            "PhysicalObject", "Preprint", "Project", "Report", "Service", "Software", "Sound", "Standard",
            "StudyRegistration", "Text", "Workflow", "Other");

    public static final Set<String> NAME_TYPE = Set.of(Agent.PERSONAL, Agent.ORGANIZATIONAL);

    public static final Set<String> CONTRIBUTOR_TYPE = Set.of(
            "ContactPerson", "DataCollector", "DataCurator", "DataManager", "Distributor", "Editor",
            "HostingInstitution", "Producer", "ProjectLeader", "ProjectManager", "ProjectMember",
            "RegistrationAgency", "RegistrationAuthority", "RelatedPerson", "Researcher", "ResearchGroup",
            "RightsHolder", "Sponsor", "Supervisor", "Translator", "WorkPackageLeader", "Other");

    public static final Set<String> DATE_TYPE = Set.of(
            "Accepted", "Available", "Copyrighted", "Collected", "Coverage", "Created", "Issued", "Submitted",
            "Updated", "Valid", "Withdrawn", "Other");

    public static final Set<String> TITLE_TYPE = Set.of("AlternativeTitle", "Subtitle", "TranslatedTitle", "Other");

    public static final Set<String> DESCRIPTION_TYPE = Set.of(
            "Abstract", "Methods", "SeriesInformation", "TableOfContents", "TechnicalInfo", "Other");

    public static final Set<String> RELATED_IDENTIFIER_TYPE = Set.of(
            "ARK", "arXiv", "bibcode", "CSTR", "DOI", "EAN13", "EISSN", "Handle", "IGSN", "ISBN", "ISSN", "ISTC",
            "LISSN", "LSID", "PMID", "PURL", "RRID", "UPC", "URL", "URN", "w3id");

    public static final Set<String> RELATION_TYPE = Set.of(
            "IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy", "IsContinuedBy", "Continues",
            "IsDescribedBy", "Describes", "HasMetadata", "IsMetadataFor", "HasVersion", "IsVersionOf", "IsNewVersionOf",
            "IsPreviousVersionOf", "IsPartOf", "HasPart", "IsPublishedIn", "IsReferencedBy", "References",
            "IsDocumentedBy", "Documents", "IsCompiledBy", "Compiles", "IsVariantFormOf", "IsOriginalFormOf",
            "IsIdenticalTo", "IsReviewedBy", "Reviews", "IsDerivedFrom", "IsSourceOf", "IsRequiredBy", "Requires",
            "IsObsoletedBy", "Obsoletes", "IsCollectedBy", "Collects", "IsTranslationOf", "HasTranslation");

    public static final Set<String> FUNDER_IDENTIFIER_TYPE = Set.of(
            "Crossref Funder ID", "GRID", "ISNI", "ROR", "Other");
}
