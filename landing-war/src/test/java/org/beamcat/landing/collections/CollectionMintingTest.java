package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.SuffixPattern;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.FlakyRegistrar;
import org.junit.jupiter.api.Test;

/**
 * The use case against an in-memory catalogue (the real one is exercised by the system tests) and the
 * offline registrar: who may mint, what is written, and how an interrupted mint ends with one DOI.
 */
class CollectionMintingTest {

    private static final MetadataValidator VALIDATOR =
            new MetadataValidator(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    private static final Creator ALICE = new Creator("Alice", "Lovelace", "0000-0002-9183-7206", "ESRF");

    private final InMemoryCollectionCatalogue catalogue = new InMemoryCollectionCatalogue();
    private final FlakyRegistrar registrar = new FlakyRegistrar(VALIDATOR);
    private final CollectionMinting minting = minting();

    private CollectionMinting minting() {
        CollectionMinting m = new CollectionMinting();
        m.catalogue = catalogue;
        m.minter = new DoiMinter(registrar, VALIDATOR);
        m.settings = new LandingSettings("10.5072", "BeamCat", URI.create("http://localhost:8080"));
        m.jobSettings = new DoiJobSettings("simple", "root", "root", SuffixPattern.of(SuffixPattern.DEFAULT_SESSION),
                SuffixPattern.ofCollection(SuffixPattern.DEFAULT_COLLECTION), 60, 3,
                URI.create("http://localhost:8080/doi"), Set.of("simple/root"));
        return m;
    }

    private static CollectionRequest request(long investigation, List<Long> datasets) {
        return new CollectionRequest(Optional.of(investigation), datasets, "Strain maps of printed Ti-6Al-4V",
                "Strain maps behind the paper.", List.of(ALICE));
    }

    @Test
    void aMemberGetsAFindableDoiStoredOnTheCollection() throws Exception {
        CollectionMinting.Outcome outcome = minting.submit("simple/alice", "session", request(7, List.of(1L, 2L)), List.of(ALICE));
        CollectionMinting.Minted minted = assertInstanceOf(CollectionMinting.Minted.class, outcome);
        assertEquals("10.5072/BEAMCAT-DC-100", minted.doi().toString());
        assertEquals(DoiState.FINDABLE, registrar.inner().find(minted.doi()).orElseThrow().state());
        assertEquals("10.5072/BEAMCAT-DC-100", catalogue.collections.get(100L).getString("doi"));
    }

    @Test
    void aNonMemberIsRefusedAndNothingIsWritten() throws Exception {
        CollectionMinting.Outcome outcome = minting.submit("simple/bob", "session", request(7, List.of(1L)), List.of(ALICE));
        List<FieldProblem> problems = assertInstanceOf(CollectionMinting.Rejected.class, outcome).problems();
        assertEquals("investigation", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("not a member"), problems.toString());
        assertTrue(catalogue.collections.isEmpty());
        assertEquals(0, registrar.inner().size());
    }

    @Test
    void rootMayMintForAnyInvestigation() throws Exception {
        assertInstanceOf(CollectionMinting.Minted.class,
                minting.submit("simple/root", "session", request(7, List.of(1L)), List.of(ALICE)));
    }

    @Test
    void datasetsOfAnotherInvestigationAreRefused() throws Exception {
        CollectionMinting.Outcome outcome = minting.submit("simple/alice", "session", request(7, List.of(1L, 3L)), List.of(ALICE));
        List<FieldProblem> problems = assertInstanceOf(CollectionMinting.Rejected.class, outcome).problems();
        assertEquals(List.of(new FieldProblem("datasets", "Datasets [3] do not belong to the chosen investigation"
                + " or cannot be read with your login.")), problems);
        assertTrue(catalogue.collections.isEmpty());
    }

    @Test
    void datasetsTheUserCannotReadAreRefusedEvenInTheirInvestigation() throws Exception {
        CollectionMinting.Outcome outcome = minting.submit("simple/alice", "restricted", request(7, List.of(1L, 2L)),
                List.of(ALICE));
        List<FieldProblem> problems = assertInstanceOf(CollectionMinting.Rejected.class, outcome).problems();
        assertEquals("datasets", problems.get(0).field());
        assertTrue(problems.get(0).message().startsWith("Datasets [2] "), problems.toString());
        assertTrue(catalogue.collections.isEmpty());
    }

    @Test
    void aLongListOfRefusedDatasetsIsShortenedInTheMessage() throws Exception {
        List<Long> many = java.util.stream.LongStream.rangeClosed(10, 40).boxed().toList();
        CollectionMinting.Outcome outcome = minting.submit("simple/alice", "session", request(7, many), List.of(ALICE));
        String message = assertInstanceOf(CollectionMinting.Rejected.class, outcome).problems().get(0).message();
        assertTrue(message.contains("(31 in all)") && !message.contains("30,"), message);
    }

    @Test
    void formProblemsAndMembershipAreReportedTogether() throws Exception {
        CollectionRequest bad = new CollectionRequest(Optional.of(7L), List.of(1L), "", "abstract", List.of(ALICE));
        List<FieldProblem> problems = assertInstanceOf(CollectionMinting.Rejected.class,
                minting.submit("simple/bob", "session", bad, List.of(ALICE))).problems();
        assertEquals(List.of("investigation", "title"), problems.stream().map(FieldProblem::field).toList());
    }

    @Test
    void anOutageLeavesThePendingCollectionThatTheJobFinishesWithOneDoi() throws Exception {
        registrar.down = true;
        CollectionMinting.Outcome outcome = minting.submit("simple/alice", "session", request(7, List.of(1L)), List.of(ALICE));
        CollectionMinting.Pending pending = assertInstanceOf(CollectionMinting.Pending.class, outcome);
        assertEquals("10.5072/BEAMCAT-DC-100", pending.doi().toString());
        assertEquals(List.of(100L), catalogue.withoutDoi());

        List<String> minted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        minting.mintPending(minted, failed);
        assertEquals(List.of(), minted);
        assertEquals(1, failed.size());

        registrar.down = false;
        failed.clear();
        minting.mintPending(minted, failed);
        assertEquals(List.of("10.5072/BEAMCAT-DC-100"), minted);
        assertEquals(List.of(), failed);
        assertEquals(1, registrar.inner().size());
        assertEquals(List.of(), catalogue.withoutDoi());
    }

    @Test
    void aDraftLeftByACrashIsPublishedNotDuplicated() throws Exception {
        registrar.down = true;
        minting.submit("simple/alice", "session", request(7, List.of(1L)), List.of(ALICE));
        registrar.down = false;
        // The crash happened after the draft: the registrar holds a draft, the catalogue no DOI.
        DoiMetadata metadata = minting.builder().build(catalogue.collections.get(100L), minting.doiFor(100L),
                catalogue.investigationsOfCollection(100), java.time.LocalDate.of(2026, 6, 1));
        registrar.inner().createDraft(metadata);
        minting.mintPending(new ArrayList<>(), new ArrayList<>());
        assertEquals(1, registrar.inner().size());
        assertEquals(DoiState.FINDABLE, registrar.inner().find(metadata.doi()).orElseThrow().state());
    }

    @Test
    void theRecordCarriesTheUsersTextAndTheInvestigationsFacts() throws Exception {
        minting.submit("simple/alice", "session", request(7, List.of(1L)), List.of(ALICE));
        DoiMetadata record = minting.builder().build(catalogue.collections.get(100L), minting.doiFor(100L),
                catalogue.investigationsOfCollection(100), java.time.LocalDate.of(2026, 6, 1));
        assertEquals("Strain maps of printed Ti-6Al-4V", record.titles().get(0).title());
        assertEquals("Lovelace, Alice", record.creators().get(0).name());
        assertEquals("ESRF", record.creators().get(0).affiliations().get(0).name());
        assertEquals("Datacollection", record.types().resourceType());
        assertEquals(2029, record.publicationYear(), "the year the embargo ends, as for session DOIs");
        assertTrue(record.dates().stream().anyMatch(d -> d.dateType().equals("Available") && d.date().equals("2029-03-15")),
                record.dates().toString());
        assertEquals(List.of("MA-4321", "ID11"), record.subjects().stream().map(s -> s.subject()).toList());
        assertEquals(URI.create("http://localhost:8080/doi/10.5072/BEAMCAT-DC-100"), record.url());
        VALIDATOR.requireValid(record);
    }
}
