package org.beamcat.landing.registrar;

import java.util.Objects;
import java.util.Optional;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.MetadataValidator;

/**
 * Mints a findable DOI in the steps DataCite defines (draft, then publish) so that the whole thing can
 * be re-run after a crash or an outage at any point: it looks first, continues from the state it finds,
 * and never creates a second DOI.
 */
public final class DoiMinter {

    private final DoiRegistrar registrar;
    private final MetadataValidator validator;

    public DoiMinter(DoiRegistrar registrar, MetadataValidator validator) {
        this.registrar = Objects.requireNonNull(registrar, "registrar");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Ends with the DOI findable and carrying this metadata.
     *
     * @throws org.beamcat.landing.doi.validation.InvalidDoiMetadataException before any request
     * @throws RegistrarException with kind {@code UNAVAILABLE} when it is worth running again later
     */
    public RegisteredDoi mint(DoiMetadata metadata) {
        validator.requireValid(metadata);
        Optional<RegisteredDoi> existing = registrar.find(metadata.doi());
        RegisteredDoi current = existing.isEmpty()
                ? registrar.createDraft(metadata)
                : registrar.update(metadata);
        return current.isFindable() ? current : registrar.publish(metadata.doi());
    }
}
