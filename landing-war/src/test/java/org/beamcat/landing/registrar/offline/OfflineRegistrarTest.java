package org.beamcat.landing.registrar.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.Title;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiRegistrarContractTest;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.EsrfRecords;
import org.beamcat.landing.registrar.RegisteredDoi;
import org.beamcat.landing.registrar.RegistrarException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline registrar keeps the same contract as DataCite, so local runs behave like production, and
 * keeps it across restarts: a new instance over the same directory knows every DOI, its state, landing
 * page and metadata.
 */
class OfflineRegistrarTest extends DoiRegistrarContractTest {

    @TempDir
    Path directory;

    private OfflineRegistrar registrar;

    private final DoiMetadata session = EsrfRecords.experimentSession(2210534378L);
    private final Doi doi = session.doi();

    @Override
    protected DoiRegistrar registrar() {
        if (registrar == null) {
            registrar = new OfflineRegistrar(directory, VALIDATOR);
        }
        return registrar;
    }

    @Override
    protected int doiCount() {
        return ((OfflineRegistrar) registrar()).size();
    }

    /** The server restarted: a new registrar over the same directory. */
    private OfflineRegistrar restarted() {
        return new OfflineRegistrar(directory, VALIDATOR);
    }

    private static String title(OfflineRegistrar registrar, Doi doi) {
        return registrar.attributes(doi).orElseThrow().getJsonArray("titles").getJsonObject(0).getString("title");
    }

    @Test
    void itsDoisDoNotResolveAtDoiOrg() {
        org.junit.jupiter.api.Assertions.assertFalse(registrar().resolvesAtDoiOrg());
    }

    @Test
    void aNewInstanceOverTheSameDirectoryRemembersStateUrlAndMetadata() {
        registrar().createDraft(session);
        registrar().publish(doi);
        DoiMetadata other = EsrfRecords.experimentSession(42L);
        registrar().createDraft(other);

        OfflineRegistrar after = restarted();
        assertEquals(Optional.of(new RegisteredDoi(doi, DoiState.FINDABLE, Optional.of(session.url()))), after.find(doi));
        assertEquals(DoiState.DRAFT, after.find(other.doi()).orElseThrow().state());
        assertEquals(session.titles().get(0).title(), title(after, doi));
        assertEquals(2, after.size());
    }

    @Test
    void afterARestartUpdateAndPublishWorkAndNothingIsMintedTwice() {
        registrar().createDraft(session);

        OfflineRegistrar after = restarted();
        URI moved = URI.create("https://doi.esrf.fr/v2/" + doi);
        DoiMetadata changed = session.toBuilder().url(moved).clearTitles().title(new Title("Second title", null, null))
                .build();
        assertEquals(new RegisteredDoi(doi, DoiState.DRAFT, Optional.of(moved)), after.update(changed));
        assertEquals(DoiState.FINDABLE, after.publish(doi).state());
        assertEquals(DoiState.FINDABLE, new DoiMinter(restarted(), VALIDATOR).mint(changed).state());
        assertEquals(DoiState.FINDABLE, restarted().createDraft(changed).state(), "never back to draft");
        assertEquals(1, restarted().size());
        assertEquals("Second title", title(restarted(), doi));
        assertEquals(Optional.of(moved), restarted().find(doi).orElseThrow().url());
    }

    @Test
    void aWithdrawalSurvivesARestartAndCanBeRepeated() {
        new DoiMinter(registrar(), VALIDATOR).mint(session);
        registrar().hide(doi);
        assertEquals(DoiState.REGISTERED, restarted().find(doi).orElseThrow().state());
        assertEquals(DoiState.REGISTERED, restarted().hide(doi).state());
        assertEquals(DoiState.FINDABLE, restarted().publish(doi).state(), "registered to findable is allowed");
    }

    @Test
    void suffixesWithSlashesAndOddCharactersGetTheirOwnFiles() {
        DoiMetadata slashed = session.toBuilder().doi(new Doi("10.15151", "esrf/es:1;(a)*~$=")).build();
        DoiMetadata plain = session.toBuilder().doi(new Doi("10.15151", "ESRF-ES-1")).build();
        registrar().createDraft(slashed);
        registrar().createDraft(plain);
        assertEquals(2, restarted().size());
        assertTrue(restarted().find(Doi.parse("doi:10.15151/ESRF/ES:1;(A)*~$=")).isPresent());
        assertEquals(2, files().count(), files().toList().toString());
    }

    @Test
    void aVeryLongSuffixStillFitsAFileName() {
        DoiMetadata longName = session.toBuilder().doi(new Doi("10.15151", "/".repeat(40) + "A".repeat(200))).build();
        registrar().createDraft(longName);
        assertTrue(files().anyMatch(f -> f.startsWith("sha256-")), files().toList().toString());
        assertEquals(DoiState.DRAFT, restarted().find(longName.doi()).orElseThrow().state());
    }

    @Test
    void aDamagedFileIsReportedForItsDoiAndOthersStillWork() throws IOException {
        registrar().createDraft(session);
        DoiMetadata other = EsrfRecords.experimentSession(7L);
        registrar().createDraft(other);
        Path damaged = new OfflineDoiFiles(directory).fileOf(doi);
        Files.writeString(damaged, "{\"doi\":\"" + doi + "\",\"sta", StandardCharsets.UTF_8);

        RegistrarException refused = assertThrows(RegistrarException.class, () -> restarted().find(doi));
        assertEquals(RegistrarException.Kind.UNEXPECTED, refused.kind());
        assertTrue(refused.getMessage().contains(damaged.toString()), refused.getMessage());
        assertEquals(RegistrarException.Kind.UNEXPECTED,
                assertThrows(RegistrarException.class, () -> restarted().createDraft(session)).kind(),
                "never replaced by a second, fresh draft");
        assertEquals(DoiState.FINDABLE, restarted().publish(other.doi()).state());
    }

    @Test
    void aFileHoldingAnotherDoiIsNotTakenForThisOne() throws IOException {
        registrar().createDraft(session);
        Doi other = EsrfRecords.sessionDoi(8L);
        Files.copy(new OfflineDoiFiles(directory).fileOf(doi), new OfflineDoiFiles(directory).fileOf(other));
        assertEquals(RegistrarException.Kind.UNEXPECTED,
                assertThrows(RegistrarException.class, () -> restarted().find(other)).kind());
    }

    @Test
    void aWriteThatCannotCompleteChangesNothingAndIsTransient() throws IOException {
        registrar().createDraft(session);
        Doi blocked = EsrfRecords.sessionDoi(9L);
        // A directory where the record should go: the rename fails, as on a full or broken disk.
        Path target = new OfflineDoiFiles(directory).fileOf(blocked);
        Files.createDirectories(target.resolve("x"));
        RegistrarException refused = assertThrows(RegistrarException.class,
                () -> registrar().createDraft(EsrfRecords.experimentSession(9L)));
        assertEquals(RegistrarException.Kind.UNAVAILABLE, refused.kind());
        assertTrue(refused.isTransient());
        assertFalse(files().anyMatch(f -> f.startsWith(".tmp-")), "no temporary file left: " + files().toList());
        assertEquals(DoiState.DRAFT, restarted().find(doi).orElseThrow().state());
    }

    @Test
    void temporaryFilesOfAnInterruptedWriteAreIgnoredAndRemovedAtStart() throws IOException {
        registrar().createDraft(session);
        Files.writeString(directory.resolve(".tmp-123.json"), "{\"doi\":\"half", StandardCharsets.UTF_8);
        assertEquals(1, restarted().size());
        assertEquals(List.of(new OfflineDoiFiles(directory).fileOf(doi).getFileName().toString()), files().toList());
    }

    private Stream<String> files() {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
