package org.beamcat.landing.registrar.offline;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.RegisteredDoi;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.registrar.datacite.DataCiteAttributes;

/**
 * A registrar without the network, for local runs, demos and tests of the minting workflow: the same
 * validation and the same draft → findable ↔ registered state machine as DataCite. What it registers is
 * kept on disk, one file per DOI ({@link OfflineDoiFiles}), with the state, the landing page and the
 * metadata as DataCite's REST API would hold them, so a restarted server still knows every DOI: updating
 * or publishing it works, and it is never minted twice. Nothing it registers resolves at doi.org.
 *
 * <p>One instance per directory: calls are serialised in this process; two servers must not share a
 * directory.
 */
public final class OfflineRegistrar implements DoiRegistrar {

    private final MetadataValidator validator;
    private final OfflineDoiFiles files;
    private final Clock clock;

    /**
     * @param directory an existing directory this process may write (checked at start-up by
     *                  {@link OfflineRegistrarSettings})
     */
    public OfflineRegistrar(Path directory, MetadataValidator validator) {
        this(directory, validator, Clock.systemUTC());
    }

    OfflineRegistrar(Path directory, MetadataValidator validator, Clock clock) {
        this.validator = validator;
        this.files = new OfflineDoiFiles(directory);
        this.clock = clock;
    }

    /** Its DOIs live in files on this server only. */
    @Override
    public boolean resolvesAtDoiOrg() {
        return false;
    }

    @Override
    public synchronized Optional<RegisteredDoi> find(Doi doi) {
        return files.read(doi).map(OfflineRegistrar::registered);
    }

    @Override
    public synchronized RegisteredDoi createDraft(DoiMetadata metadata) {
        validator.requireValid(metadata);
        Optional<JsonObject> existing = files.read(metadata.doi());
        DoiState state = existing.map(OfflineRegistrar::state).orElse(DoiState.DRAFT);
        return store(metadata.doi(), state, DataCiteAttributes.of(metadata), existing);
    }

    @Override
    public synchronized RegisteredDoi update(DoiMetadata metadata) {
        validator.requireValid(metadata);
        JsonObject existing = require(metadata.doi());
        return store(metadata.doi(), state(existing), DataCiteAttributes.of(metadata), Optional.of(existing));
    }

    @Override
    public synchronized RegisteredDoi publish(Doi doi) {
        JsonObject existing = require(doi);
        if (state(existing) == DoiState.FINDABLE) {
            return registered(existing);
        }
        return store(doi, DoiState.FINDABLE, existing.getJsonObject("attributes"), Optional.of(existing));
    }

    @Override
    public synchronized RegisteredDoi hide(Doi doi) {
        JsonObject existing = require(doi);
        DoiState state = state(existing);
        if (state == DoiState.DRAFT) {
            throw new RegistrarException(RegistrarException.Kind.INVALID,
                    "a draft DOI is not public, there is nothing to hide");
        }
        if (state == DoiState.REGISTERED) {
            return registered(existing);
        }
        return store(doi, DoiState.REGISTERED, existing.getJsonObject("attributes"), Optional.of(existing));
    }

    /** How many DOIs are held, in any state. */
    public synchronized int size() {
        return files.count();
    }

    /** The metadata held for the DOI, as DataCite REST API attributes (what {@code GET /dois/{doi}} shows). */
    public synchronized Optional<JsonObject> attributes(Doi doi) {
        return files.read(doi).map(record -> record.getJsonObject("attributes"));
    }

    @Override
    public String toString() {
        return "OfflineRegistrar[directory=" + files.directory() + "]";
    }

    private JsonObject require(Doi doi) {
        return files.read(doi).orElseThrow(() -> new RegistrarException(RegistrarException.Kind.NOT_FOUND,
                "No DOI " + doi + " in the offline registrar"));
    }

    private RegisteredDoi store(Doi doi, DoiState state, JsonObject attributes, Optional<JsonObject> before) {
        String now = Instant.now(clock).toString();
        var record = Json.createObjectBuilder()
                .add("doi", doi.toString())
                .add("state", state.apiName())
                .add("created", before.map(b -> b.getString("created", now)).orElse(now))
                .add("updated", now)
                .add("attributes", attributes);
        String url = attributes.getString("url", "");
        if (!url.isEmpty()) {
            record.add("url", url);
        }
        JsonObject written = record.build();
        files.write(doi, written);
        return registered(written);
    }

    private static DoiState state(JsonObject record) {
        return DoiState.fromApiName(record.getString("state"));
    }

    private static RegisteredDoi registered(JsonObject record) {
        return new RegisteredDoi(Doi.parse(record.getString("doi")), state(record),
                Optional.ofNullable(record.getString("url", null)).map(URI::create));
    }
}
