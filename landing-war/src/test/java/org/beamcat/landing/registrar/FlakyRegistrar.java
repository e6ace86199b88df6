package org.beamcat.landing.registrar;

import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.offline.OfflineRegistrar;

/** A registrar that is down while told so ({@link #down}), the offline one (in a temporary folder) otherwise. */
public final class FlakyRegistrar implements DoiRegistrar {
    private final OfflineRegistrar inner;
    /** While true, every call fails as DataCite does when it is unavailable. */
    public boolean down;

    public FlakyRegistrar(MetadataValidator validator) {
        try {
            inner = new OfflineRegistrar(java.nio.file.Files.createTempDirectory("offline-registrar-"), validator);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean resolvesAtDoiOrg() {
        return false;
    }

    /** The offline registrar behind, to look at what was registered. */
    public OfflineRegistrar inner() {
        return inner;
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
