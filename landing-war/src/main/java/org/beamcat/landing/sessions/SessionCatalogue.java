package org.beamcat.landing.sessions;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * What minting experiment-session DOIs needs from the catalogue (the port; {@link IcatSessionCatalogue} is
 * the adapter over icat-client): the investigations to mint for, one investigation with what its DOI record
 * needs, and the write-back of the DOI.
 */
public interface SessionCatalogue {

    /** Ids of the investigations that have an end date and no DOI yet, oldest first. */
    List<Long> withoutDoi() throws IcatException;

    /**
     * The investigation with its members (and their users), instruments and type, as the ICAT REST API
     * writes an {@code Investigation} (the inner object, without the entity-name wrapper).
     */
    Optional<JsonObject> investigation(long id) throws IcatException;

    /** Writes the DOI on the investigation. */
    void storeDoi(long investigationId, Doi doi) throws IcatException;
}
