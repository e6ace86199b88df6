package org.beamcat.landing.embargo;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatException;

/**
 * What opening embargoes needs from the catalogue (the port; {@link IcatEmbargoCatalogue} is the adapter over
 * icat-client, as the DOI service user): release dates to fill in, and the public read rules.
 */
public interface EmbargoCatalogue {

    /** Investigations handled per catalogue call. */
    int BATCH = 500;

    /** Ended investigations without a release date, as {@code {"id","endDate"}} objects, lowest id first; at most one batch. */
    List<JsonObject> withoutReleaseDate() throws IcatException;

    /** Sets the release dates (ICAT date strings by investigation id) in one transaction. */
    void setReleaseDates(Map<Long, String> dates) throws IcatException;

    /** The {@code what} of every rule that grants READ to everybody (no grouping). */
    Set<String> publicReadRules() throws IcatException;

    /** Creates READ rules for everybody with these {@code what}s, in one transaction. */
    void createPublicReadRules(List<String> whats) throws IcatException;
}
