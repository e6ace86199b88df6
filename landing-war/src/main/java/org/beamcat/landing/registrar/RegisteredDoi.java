package org.beamcat.landing.registrar;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.beamcat.landing.doi.Doi;

/**
 * What the registrar holds for a DOI: its state and the landing page it resolves to.
 *
 * @param url the registered landing page; empty for a draft created without one
 */
public record RegisteredDoi(Doi doi, DoiState state, Optional<URI> url) {

    public RegisteredDoi {
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(url, "url");
    }

    public boolean isFindable() {
        return state == DoiState.FINDABLE;
    }
}
