package org.beamcat.landing.registrar.offline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.landing.registrar.Doi;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.RegisteredDoi;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.registrar.metadata.DoiMetadata;
import org.beamcat.landing.registrar.validation.MetadataValidator;

/**
 * A registrar that keeps DOIs in memory, for local runs, demos and tests of the minting workflow: the
 * same validation and the same draft → findable state machine as DataCite, without the network. Nothing
 * it registers resolves at doi.org, and everything is forgotten on restart (the catalogue keeps the DOI).
 */
public final class OfflineRegistrar implements DoiRegistrar {

    private record Entry(DoiMetadata metadata, DoiState state) {
        RegisteredDoi registered() {
            return new RegisteredDoi(metadata.doi(), state, Optional.ofNullable(metadata.url()));
        }
    }

    private final MetadataValidator validator;
    private final Map<Doi, Entry> dois = new LinkedHashMap<>();

    public OfflineRegistrar(MetadataValidator validator) {
        this.validator = validator;
    }

    @Override
    public synchronized Optional<RegisteredDoi> find(Doi doi) {
        return Optional.ofNullable(dois.get(doi)).map(Entry::registered);
    }

    @Override
    public synchronized RegisteredDoi createDraft(DoiMetadata metadata) {
        validator.requireValid(metadata);
        Entry existing = dois.get(metadata.doi());
        DoiState state = existing == null ? DoiState.DRAFT : existing.state();
        return store(new Entry(metadata, state));
    }

    @Override
    public synchronized RegisteredDoi update(DoiMetadata metadata) {
        validator.requireValid(metadata);
        return store(new Entry(metadata, require(metadata.doi()).state()));
    }

    @Override
    public synchronized RegisteredDoi publish(Doi doi) {
        return store(new Entry(require(doi).metadata(), DoiState.FINDABLE));
    }

    @Override
    public synchronized RegisteredDoi hide(Doi doi) {
        Entry entry = require(doi);
        if (entry.state() == DoiState.DRAFT) {
            throw new RegistrarException(RegistrarException.Kind.INVALID,
                    "a draft DOI is not public, there is nothing to hide");
        }
        return store(new Entry(entry.metadata(), DoiState.REGISTERED));
    }

    /** How many DOIs are held, in any state. */
    public synchronized int size() {
        return dois.size();
    }

    private Entry require(Doi doi) {
        Entry entry = dois.get(doi);
        if (entry == null) {
            throw new RegistrarException(RegistrarException.Kind.NOT_FOUND, "No DOI " + doi + " in the offline registrar");
        }
        return entry;
    }

    private RegisteredDoi store(Entry entry) {
        dois.put(entry.metadata().doi(), entry);
        return entry.registered();
    }
}
