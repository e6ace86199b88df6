package org.beamcat.ids.usecase;

import java.io.InputStream;
import org.beamcat.ids.core.FileIntake;
import org.beamcat.ids.core.StoredFile;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.usecase.IdsCatalogue.NewDatafile;
import org.beamcat.ids.usecase.IdsCatalogue.PutTarget;

/**
 * put (contract 1.4.10) as one use case across two systems: store the file, register the Datafile, and if
 * registration fails remove the stored file again, so a failed put leaves nothing behind.
 */
public final class Uploads {

    private final IdsCatalogue catalogue;
    private final FileIntake intake;

    public Uploads(IdsCatalogue catalogue, FileIntake intake) {
        this.catalogue = catalogue;
        this.intake = intake;
    }

    /** A put's parameters, checked by the REST layer; description, doi and the times may be null. */
    public record PutRequest(String sessionId, long datasetId, long datafileFormatId, String name,
            String description, String doi, Long createTimeMillis, Long modTimeMillis) {
    }

    /** What put answers: the new Datafile's id and what the IDS stored. */
    public record PutResult(long datafileId, StoredFile stored) {
    }

    public PutResult put(PutRequest request, InputStream body) throws IdsException {
        PutTarget target = catalogue.putTarget(request.sessionId(), request.datasetId(), request.datafileFormatId());
        StoredFile stored = intake.store(target.dataset(), target.registeredFile(), request.name(), body);
        long datafileId;
        try {
            datafileId = catalogue.createDatafile(request.sessionId(), new NewDatafile(request.datasetId(),
                    request.datafileFormatId(), request.name(), stored.location(), stored.size(), stored.checksum(),
                    request.description(), request.doi(), request.createTimeMillis(), request.modTimeMillis()));
        } catch (IdsException | RuntimeException e) {
            try {
                intake.discard(stored);
            } catch (IdsException | RuntimeException discardFailed) {
                e.addSuppressed(discardFailed);
            }
            throw e;
        }
        intake.registered(target.dataset(), new DfInfo(datafileId, request.name(), stored.location(), null, null,
                request.datasetId(), stored.size(), stored.checksum()));
        return new PutResult(datafileId, stored);
    }
}
