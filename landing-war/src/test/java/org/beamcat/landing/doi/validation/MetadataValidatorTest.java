package org.beamcat.landing.doi.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.AlternateIdentifier;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.FundingReference;
import org.beamcat.landing.doi.NameIdentifier;
import org.beamcat.landing.doi.RelatedIdentifier;
import org.beamcat.landing.doi.ResourceType;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.Title;
import org.beamcat.landing.doi.TypedDate;
import org.beamcat.landing.registrar.EsrfRecords;
import org.junit.jupiter.api.Test;

class MetadataValidatorTest {

    private static final Clock OCTOBER_2025 = Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC);
    private final MetadataValidator validator = new MetadataValidator(OCTOBER_2025);

    private static DoiMetadata valid() {
        return EsrfRecords.experimentSession(2210534378L);
    }

    private List<Violation> violationsAfter(UnaryOperator<DoiMetadata.Builder> change) {
        return validator.check(change.apply(valid().toBuilder()).build());
    }

    private void assertOnlyViolation(String path, UnaryOperator<DoiMetadata.Builder> change) {
        List<Violation> violations = violationsAfter(change);
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(path, violations.get(0).path(), violations::toString);
    }

    private void assertValid(UnaryOperator<DoiMetadata.Builder> change) {
        List<Violation> violations = violationsAfter(change);
        assertTrue(violations.isEmpty(), violations::toString);
    }

    @Test
    void theEsrfSessionRecordIsValid() {
        assertEquals(List.of(), validator.check(valid()));
    }

    @Test
    void identifierIsRequired() {
        assertOnlyViolation("doi", b -> b.doi(null));
    }

    @Test
    void aCreatorIsRequired() {
        assertOnlyViolation("creators", DoiMetadata.Builder::clearCreators);
        assertValid(b -> b.clearCreators().creator(Agent.organisation("ESRF")));
    }

    @Test
    void everyCreatorNeedsAName() {
        assertOnlyViolation("creators[1].name",
                b -> b.creator(new Agent(" ", Agent.PERSONAL, null, null, null, null)));
    }

    @Test
    void nameTypeComesFromTheList() {
        assertOnlyViolation("creators[1].nameType",
                b -> b.creator(new Agent("Doe, Jane", "Person", null, null, null, null)));
    }

    @Test
    void orcidMustHaveAValidCheckDigit() {
        assertOnlyViolation("creators[1].nameIdentifiers[0].nameIdentifier",
                b -> b.creator(Agent.person("Doe", "Jane").withOrcid("0000-0002-1825-0098")));
        assertValid(b -> b.creator(Agent.person("Doe", "Jane").withOrcid("0000-0002-1825-0097")));
    }

    @Test
    void otherNameIdentifierSchemesAreNotCheckedAsOrcid() {
        assertValid(b -> b.creator(Agent.person("Doe", "Jane")
                .withNameIdentifier(new NameIdentifier("12345", "ISNI", null))));
    }

    @Test
    void aTitleIsRequiredAndMayNotBeBlank() {
        assertOnlyViolation("titles", DoiMetadata.Builder::clearTitles);
        assertOnlyViolation("titles[1].title", b -> b.title(""));
        assertOnlyViolation("titles[1].titleType", b -> b.title(new Title("Sub", "Subheading", null)));
        assertValid(b -> b.title(new Title("Sub", "Subtitle", "en")));
    }

    @Test
    void publisherIsRequired() {
        assertOnlyViolation("publisher", b -> b.publisher(null));
    }

    @Test
    void publicationYearIsRequiredAndSensible() {
        assertOnlyViolation("publicationYear", b -> b.publicationYear(null));
        assertOnlyViolation("publicationYear", b -> b.publicationYear(28));
        assertOnlyViolation("publicationYear", b -> b.publicationYear(20280));
        assertOnlyViolation("publicationYear", b -> b.publicationYear(2036));
        assertValid(b -> b.publicationYear(2035));
        assertValid(b -> b.publicationYear(1994));
    }

    @Test
    void resourceTypeGeneralComesFromTheKernel4List() {
        assertOnlyViolation("types.resourceTypeGeneral", b -> b.types(null));
        assertOnlyViolation("types.resourceTypeGeneral", b -> b.types(new ResourceType("dataset", "x")));
        assertOnlyViolation("types.resourceTypeGeneral", b -> b.types(new ResourceType("Experiment", "x")));
        assertValid(b -> b.types(new ResourceType("Collection", "Datacollection")));
    }

    @Test
    void subjectsNeedText() {
        assertOnlyViolation("subjects[3].subject", b -> b.subject(Subject.keyword(null)));
        assertValid(b -> b.subject(Subject.keyword("diffraction")));
    }

    @Test
    void contributorTypeComesFromTheList() {
        assertOnlyViolation("contributors[2].contributorType", b -> b.contributor("LocalContact", Agent.organisation("ESRF")));
        assertOnlyViolation("contributors[2].contributorType", b -> b.contributor(null, Agent.organisation("ESRF")));
        assertValid(b -> b.contributor("HostingInstitution", Agent.organisation("ESRF")));
    }

    @Test
    void datesNeedAKernel4FormAndType() {
        assertOnlyViolation("dates[3].date", b -> b.date("Updated", "05/09/2025"));
        assertOnlyViolation("dates[3].date", b -> b.date("Collected", "2025-09-07/2025-09-05"));
        assertOnlyViolation("dates[3].dateType", b -> b.date("Embargo", "2028-09-06"));
        assertOnlyViolation("dates[3].date", b -> b.date(new TypedDate(null, "Other", "unknown")));
        assertValid(b -> b.date("Collected", "2025-09-05T08:00:00Z/2025-09-07T08:00:00Z"));
    }

    @Test
    void languageIsATag() {
        assertOnlyViolation("language", b -> b.language("English"));
        assertOnlyViolation("language", b -> b.language("e"));
        assertValid(b -> b.language("en-GB"));
        assertValid(b -> b.language(null));
    }

    @Test
    void alternateIdentifiersNeedBothParts() {
        assertOnlyViolation("alternateIdentifiers[0].alternateIdentifierType",
                b -> b.alternateIdentifier(new AlternateIdentifier("2210534378", "")));
        assertValid(b -> b.alternateIdentifier(new AlternateIdentifier("2210534378", "ICAT Investigation")));
    }

    @Test
    void relatedIdentifiersUseTheControlledLists() {
        assertOnlyViolation("relatedIdentifiers[0].relationType",
                b -> b.relatedIdentifier(RelatedIdentifier.of("IsSupplementOf", "DOI", "10.1000/paper")));
        assertOnlyViolation("relatedIdentifiers[0].relatedIdentifierType",
                b -> b.relatedIdentifier(RelatedIdentifier.of("IsSupplementTo", "doi", "10.1000/paper")));
        assertValid(b -> b.relatedIdentifier(RelatedIdentifier.of("IsSupplementTo", "DOI", "10.1000/paper")));
    }

    @Test
    void rightsNeedTextOrAnAbsoluteUri() {
        assertOnlyViolation("rightsList[1]", b -> b.rights(new Rights(null, null, "cc0-1.0", "SPDX", null)));
        assertOnlyViolation("rightsList[1].rightsUri", b -> b.rights(new Rights("CC0", "licences/cc0", null, null, null)));
        assertValid(b -> b.rights(new Rights(null, "https://creativecommons.org/publicdomain/zero/1.0/", null, null, null)));
    }

    @Test
    void descriptionsNeedTextAndAType() {
        assertOnlyViolation("descriptions[1].descriptionType", b -> b.description(new Description("text", "Summary")));
        assertOnlyViolation("descriptions[1].description", b -> b.description(Description.abstractOf(" ")));
        assertValid(b -> b.description(new Description("Collected at 100 K", "Methods")));
    }

    @Test
    void fundingReferencesNeedAFunderName() {
        assertOnlyViolation("fundingReferences[1].funderName",
                b -> b.fundingReference(new FundingReference(null, null, null, "MX-1", null, null)));
        assertOnlyViolation("fundingReferences[1].funderIdentifierType",
                b -> b.fundingReference(new FundingReference("EC", "x", "Wikidata", null, null, null)));
        assertValid(b -> b.fundingReference(new FundingReference("EC", null, null, null, null, null)));
    }

    @Test
    void urlIsRequiredAbsoluteAndHttp() {
        assertOnlyViolation("url", b -> b.url(null));
        assertOnlyViolation("url", b -> b.url(URI.create("/doi/10.15151/ESRF-ES-1")));
        assertOnlyViolation("url", b -> b.url(URI.create("ftp://doi.esrf.fr/x")));
        assertValid(b -> b.url(URI.create("http://localhost:8080/doi/10.15151/ESRF-ES-1")));
    }

    @Test
    void reportsEveryViolationAtOnceWithPaths() {
        DoiMetadata broken = DoiMetadata.builder(null)
                .creator(Agent.person("Doe", "Jane").withOrcid("0000-0002-1825-0098"))
                .publicationYear(99)
                .types(new ResourceType("Data", null))
                .date("Available", "2028-02-30")
                .build();
        InvalidDoiMetadataException thrown = assertThrows(InvalidDoiMetadataException.class,
                () -> validator.requireValid(broken));
        assertEquals(List.of("doi", "creators[0].nameIdentifiers[0].nameIdentifier", "titles", "publisher",
                "publicationYear", "types.resourceTypeGeneral", "dates[0].date", "url"),
                thrown.violations().stream().map(Violation::path).toList());
        assertTrue(thrown.getMessage().contains("8 DataCite kernel-4 rule(s)"), thrown.getMessage());
    }
}
