package org.beamcat.landing.registrar;

import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;

/**
 * The port to a DOI registration agency. Implementations validate metadata against the DataCite
 * kernel-4 rules before anything leaves the process ({@link
 * org.beamcat.landing.doi.validation.InvalidDoiMetadataException}) and report the agency's refusals
 * as {@link RegistrarException}.
 *
 * <p>Every method may be called again after a crash or an outage and converges on the same result, so
 * a minting job can simply be re-run; {@link DoiMinter} is that job's one-call form.
 */
public interface DoiRegistrar {

    /** The DOI as the registrar holds it, or empty if this repository has no such DOI. */
    Optional<RegisteredDoi> find(Doi doi);

    /**
     * Reserves the DOI as a draft with this metadata. If this repository already holds the DOI (an
     * earlier attempt got through before a crash), its metadata is brought up to date instead and it keeps
     * its state, so there is never a second DOI.
     *
     * @throws RegistrarException {@code ALREADY_EXISTS} if the name is taken by someone else
     */
    RegisteredDoi createDraft(DoiMetadata metadata);

    /**
     * Replaces the metadata and landing page of an existing DOI, keeping its state.
     *
     * @throws RegistrarException {@code NOT_FOUND} if there is no such DOI
     */
    RegisteredDoi update(DoiMetadata metadata);

    /**
     * Makes the DOI findable: resolvable, public and indexed. Publishing a findable DOI changes nothing.
     *
     * @throws RegistrarException {@code NOT_FOUND} if there is no such DOI
     */
    RegisteredDoi publish(Doi doi);

    /**
     * Withdraws a findable DOI from the public, DataCite's way: findable becomes registered (it still
     * resolves, but its metadata leaves the public API and the search index). Hiding a registered DOI
     * changes nothing, so a withdrawal can be re-run.
     *
     * @throws RegistrarException {@code NOT_FOUND} if there is no such DOI, {@code INVALID} for a draft
     *                            (never public, so there is nothing to withdraw)
     */
    RegisteredDoi hide(Doi doi);

    /**
     * Whether the DOIs of this registrar resolve at https://doi.org, so that pages may offer that link as
     * working: only DataCite's production service registers DOIs there (its test service registers them
     * in the test handle system, the offline registrar nowhere).
     */
    boolean resolvesAtDoiOrg();
}
