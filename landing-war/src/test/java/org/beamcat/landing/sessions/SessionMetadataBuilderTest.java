package org.beamcat.landing.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.TypedDate;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.junit.jupiter.api.Test;

class SessionMetadataBuilderTest {

    private final DoiMetadata record = SessionFixtures.builder().build(SessionFixtures.json(SessionFixtures.MA_4321));

    @Test
    void namesTheDoiAfterTheInvestigationAndPointsAtItsLandingPage() {
        assertEquals("10.5072/BEAMCAT-ES-42", record.doi().toString());
        assertEquals("https://data.example.org/doi/10.5072/BEAMCAT-ES-42", record.url().toString());
    }

    @Test
    void principalInvestigatorComesFirstWithOrcidAndIsProjectManager() {
        Agent pi = record.creators().get(0);
        assertEquals("Lovelace, Alice", pi.name());
        assertEquals("https://orcid.org/0000-0002-9183-7206", pi.nameIdentifiers().get(0).nameIdentifier());
        Agent bob = record.creators().get(1);
        assertEquals("Bob (demo)", bob.name());
        assertNull(bob.familyName(), "a name that cannot be split stays whole");
        assertTrue(bob.nameIdentifiers().isEmpty());
        assertEquals("ProjectManager", record.contributors().get(0).contributorType());
        assertEquals(pi, record.contributors().get(0).agent());
    }

    @Test
    void subjectsDatesAndLicenceFollowEsrf() {
        assertEquals(List.of(Subject.inScheme("Materials Science", "Proposal Type Description"),
                Subject.inScheme("MA-4321", "Proposal"), Subject.inScheme("ID11", "Instrument")), record.subjects());
        assertEquals(List.of(TypedDate.of("Collected", "2026-03-12/2026-03-15"),
                TypedDate.of("Available", "2029-03-15"), TypedDate.of("Issued", "2029")), record.dates());
        assertEquals(2029, record.publicationYear());
        assertEquals("cc-by-4.0", record.rightsList().get(0).rightsIdentifier());
        assertEquals("Experiment Session", record.types().resourceType());
        assertEquals("In situ loading of additively manufactured Ti-6Al-4V", record.titles().get(0).title());
        assertTrue(record.descriptions().get(0).description().startsWith("3D X-ray diffraction"));
        assertEquals("MA-4321", record.fundingReferences().get(0).awardNumber());
        assertEquals("BeamCat", record.publisher());
    }

    @Test
    void theRecordPassesTheKernel4Checks() {
        MetadataValidator validator = new MetadataValidator(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));
        validator.requireValid(record);
    }

    @Test
    void releaseDateWinsOverTheEmbargo() {
        JsonObject released = SessionFixtures.json(SessionFixtures.MA_4321.replace("\"createTime\"",
                "\"releaseDate\":\"2027-01-01T00:00:00.000+01:00\",\"createTime\""));
        DoiMetadata m = SessionFixtures.builder().build(released);
        assertEquals(LocalDate.of(2026, 12, 31), SessionFixtures.builder().availableDate(released).orElseThrow(),
                "dates are taken in UTC");
        assertEquals(2026, m.publicationYear());
    }

    @Test
    void acceptsTheUnwrappedEntityAndMissingOptionalParts() {
        JsonObject bare = SessionFixtures.json("""
                {"id":5,"name":"ES-1234","title":"Cement","endDate":"2026-05-07T07:00:00.000Z",
                 "investigationUsers":[{"role":"principal_investigator","user":{"name":"simple/bob"}}]}""");
        DoiMetadata m = SessionFixtures.builder().build(bare);
        assertEquals("10.5072/BEAMCAT-ES-5", m.doi().toString());
        assertEquals("simple/bob", m.creators().get(0).name());
        assertEquals(List.of(TypedDate.of("Collected", "2026-05-07"), TypedDate.of("Available", "2029-05-07"),
                TypedDate.of("Issued", "2029")), m.dates());
        assertTrue(m.descriptions().isEmpty());
        assertFalse(m.subjects().isEmpty());
    }
}
