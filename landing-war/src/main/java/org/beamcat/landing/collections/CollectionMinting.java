package org.beamcat.landing.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.validation.InvalidDoiMetadataException;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * Mints a data-collection DOI for a member of the investigation (or a root user): checks the request,
 * then the membership and the datasets against the catalogue, writes the DataCollection, mints its DOI
 * (named after the collection id) and stores it on the collection.
 *
 * <p>Resumable like session DOIs: the catalogue row comes first, so a crash or a registrar outage after
 * it leaves a collection without DOI that {@link #mintPending()} (run by the DOI job) finishes; the DOI
 * name is fixed by the id and {@link DoiMinter} continues a draft, so there is only ever one DOI.
 */
@ApplicationScoped
public class CollectionMinting {

    private static final Logger LOG = Logger.getLogger(CollectionMinting.class.getName());

    @Inject
    CollectionCatalogue catalogue;

    @Inject
    DoiMinter minter;

    @Inject
    LandingSettings settings;

    @Inject
    DoiJobSettings jobSettings;

    private final Clock clock = Clock.systemUTC();

    /** The outcome of a submission. */
    public sealed interface Outcome {
    }

    /** Nothing was written: the problems, each for its field. */
    public record Rejected(List<FieldProblem> problems) implements Outcome {
    }

    /** The DOI is findable and stored on the collection. */
    public record Minted(long collectionId, Doi doi) implements Outcome {
    }

    /** The collection is written but the registrar is unavailable; the DOI job finishes it later. */
    public record Pending(long collectionId, Doi doi, String reason) implements Outcome {
    }

    /**
     * @param userName  the catalogue user behind the caller's session (never taken from the form)
     * @param sessionId the caller's catalogue session: every selected dataset must be readable with it
     * @param rows      the author rows as the form showed them, for reporting problems by row
     */
    public Outcome submit(String userName, String sessionId, CollectionRequest request, List<Creator> rows)
            throws IcatException {
        List<FieldProblem> problems = new ArrayList<>(CollectionRequestCheck.problems(request, rows));
        if (request.investigationId().isPresent()) {
            long investigation = request.investigationId().get();
            if (!catalogue.isRoot(userName) && !catalogue.isMember(userName, investigation)) {
                problems.add(0, new FieldProblem("investigation",
                        "You are not a member of this investigation: only its members may mint a DOI for its data."));
            } else if (!request.datasetIds().isEmpty()) {
                List<Long> foreign = catalogue.notReadableIn(sessionId, investigation, request.datasetIds());
                if (!foreign.isEmpty()) {
                    problems.add(new FieldProblem("datasets", "Datasets " + shortList(foreign)
                            + " do not belong to the chosen investigation or cannot be read with your login."));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        long id = catalogue.create(request.investigationId().get(), request);
        LOG.info(userName + " wrote data collection " + id + " for a DOI");
        try {
            return new Minted(id, mint(id));
        } catch (RegistrarException e) {
            if (!e.isTransient()) {
                throw e;
            }
            LOG.log(Level.WARNING, "registrar unavailable for data collection " + id + "; the DOI job finishes it", e);
            return new Pending(id, doiFor(id), e.registrarMessage());
        }
    }

    private static String shortList(List<Long> ids) {
        return ids.size() <= 20 ? ids.toString()
                : ids.subList(0, 20).toString().replace("]", ", … (" + ids.size() + " in all)]");
    }

    /** Mints the DOIs of collections written earlier whose minting did not finish: DOIs minted, and failures. */
    public void mintPending(List<String> minted, List<String> failed) throws IcatException {
        for (long id : catalogue.withoutDoi()) {
            try {
                minted.add(mint(id).toString());
            } catch (InvalidDoiMetadataException | RegistrarException | IcatException e) {
                failed.add("data collection " + id + ": " + e.getMessage());
                LOG.log(Level.WARNING, "could not mint the DOI of data collection " + id + "; the next run tries again", e);
            }
        }
    }

    private Doi mint(long collectionId) throws IcatException {
        Optional<jakarta.json.JsonObject> collection = catalogue.collection(collectionId);
        if (collection.isEmpty()) {
            throw new IcatException("data collection " + collectionId + " has gone", null);
        }
        if (collection.get().containsKey("doi")) {
            return Doi.parse(collection.get().getString("doi"));
        }
        Doi doi = minter.mint(builder().build(collection.get(), doiFor(collectionId),
                catalogue.investigationsOfCollection(collectionId), LocalDate.now(clock))).doi();
        catalogue.storeDoi(collectionId, doi);
        LOG.info("minted " + doi + " for data collection " + collectionId);
        return doi;
    }

    public CollectionMetadataBuilder builder() {
        return new CollectionMetadataBuilder(settings.publisher(), SessionMetadataBuilder.of(settings, jobSettings));
    }

    /** The DOI a data collection gets: the configured prefix and collection suffix pattern. */
    public Doi doiFor(long collectionId) {
        return jobSettings.collectionSuffix().doi(settings.doiPrefix(), collectionId);
    }
}
