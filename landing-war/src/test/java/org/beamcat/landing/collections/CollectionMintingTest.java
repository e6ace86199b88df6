package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.SuffixPattern;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.RegisteredDoi;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.registrar.offline.OfflineRegistrar;
import org.junit.jupiter.api.Test;

/**
 * The use case against an in-memory catalogue (the real one is exercised by the system tests) and the
 * offline registrar: who may mint, what is written, and how an interrupted mint ends with one DOI.
 */
class CollectionMintingTest {

    private static final MetadataValidator VALIDATOR =
            new MetadataValidator(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    private static final Creator ALICE = new Creator("Alice", "Lovelace", "0000-0002-9183-7206", "ESRF");

    /** Investigation 7 (MA-4321, members simple/alice) with datasets 1 and 2; dataset 3 is elsewhere. */
    static final class MemoryCatalogue extends CollectionCatalogue {
        final Map<Long, JsonObject> collections = new HashMap<>();
        long nextId = 100;

        @Override
        public boolean isRoot(String userName) {
            return userName.equals("simple/root");
        }

        @Override
        public boolean isMember(String userName, long investigationId) {
            return investigationId == 7 && userName.equals("simple/alice");
        }

        /** Session "restricted" cannot read dataset 2 (the catalogue's rules hide it). */
        @Override
        public List<Long> notReadableIn(String sessionId, long investigationId, java.util.Collection<Long> datasetIds) {
            return datasetIds.stream().distinct()
                    .filter(id -> investigationId != 7 || id > 2 || id == 2 && sessionId.equals("restricted")).toList();
        }

        @Override
        public long create(long investigationId, CollectionRequest request) {
            long id = nextId++;
            JsonArrayBuilder parameters = Json.createArrayBuilder()
                    .add(parameter(DoiParameterTypes.TITLE, request.title()))
                    .add(parameter(DoiParameterTypes.ABSTRACT, request.abstractText()))
                    .add(parameter(DoiParameterTypes.CREATORS, CollectionRequestCheck.creatorsJson(request.creators())));
            collections.put(id, Json.createObjectBuilder().add("id", id).add("parameters", parameters).build());
            return id;
        }

        @Override
        public List<Long> withoutDoi() {
            return collections.values().stream().filter(c -> !c.containsKey("doi"))
                    .map(c -> c.getJsonNumber("id").longValue()).sorted().toList();
        }

        @Override
        public Optional<JsonObject> collection(long id) {
            return Optional.ofNullable(collections.get(id));
        }

        @Override
        public List<JsonObject> investigationsOfCollection(long id) {
            return List.of(Json.createObjectBuilder().add("id", 7).add("name", "MA-4321")
                    .add("endDate", "2026-03-15T08:00:00.000Z")
                    .add("investigationInstruments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("instrument", Json.createObjectBuilder().add("name", "ID11"))))
                    .build());
        }

        @Override
        public void storeDoi(long collectionId, Doi doi) {
            collections.put(collectionId, Json.createObjectBuilder(collections.get(collectionId))
                    .add("doi", doi.toString()).build());
        }

        private static JsonObject parameter(String type, String value) {
            return Json.createObjectBuilder().add("type", Json.createObjectBuilder().add("name", type))
                    .add("stringValue", value).build();
        }
    }

    /** A registrar that is down until told otherwise, then the offline one. */
    static final class FlakyRegistrar implements DoiRegistrar {
        final OfflineRegistrar inner;
        boolean down;

        FlakyRegistrar() {
            try {
                inner = new OfflineRegistrar(java.nio.file.Files.createTempDirectory("offline-registrar-"), VALIDATOR);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void check() {
            if (down) {
                throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, 503,
                        "The service is temporarily unavailable.", "POST /dois", null);
            }
        }

        @Override
        public Optional<RegisteredDoi> find(Doi doi) {
            check();
            return inner.find(doi);
        }

        @Override
        public RegisteredDoi createDraft(DoiMetadata metadata) {
            check();
            return inner.createDraft(metadata);
        }

        @Override
        public RegisteredDoi update(DoiMetadata metadata) {
            check();
            return inner.update(metadata);
        }

        @Override
        public RegisteredDoi publish(Doi doi) {
            check();
            return inner.publish(doi);
        }

        @Override
        public RegisteredDoi hide(Doi doi) {
            check();
            return inner.hide(doi);
        }
    }

    private final MemoryCatalogue catalogue = new MemoryCatalogue();
    private final FlakyRegistrar registrar = new FlakyRegistrar();
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
        assertEquals(DoiState.FINDABLE, registrar.inner.find(minted.doi()).orElseThrow().state());
        assertEquals("10.5072/BEAMCAT-DC-100", catalogue.collections.get(100L).getString("doi"));
    }

    @Test
    void aNonMemberIsRefusedAndNothingIsWritten() throws Exception {
        CollectionMinting.Outcome outcome = minting.submit("simple/bob", "session", request(7, List.of(1L)), List.of(ALICE));
        List<FieldProblem> problems = assertInstanceOf(CollectionMinting.Rejected.class, outcome).problems();
        assertEquals("investigation", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("not a member"), problems.toString());
        assertTrue(catalogue.collections.isEmpty());
        assertEquals(0, registrar.inner.size());
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
        assertEquals(1, registrar.inner.size());
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
        registrar.inner.createDraft(metadata);
        minting.mintPending(new ArrayList<>(), new ArrayList<>());
        assertEquals(1, registrar.inner.size());
        assertEquals(DoiState.FINDABLE, registrar.inner.find(metadata.doi()).orElseThrow().state());
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
