package org.beamcat.landing.embargo;

import java.util.List;

/**
 * The catalogue rules that open data once its embargo is over: READ for everybody (no grouping, so
 * anonymous logins too) on an investigation whose {@code releaseDate} has passed and on everything below
 * it that a download or a landing page needs. The condition is evaluated by the database at each query
 * ({@code CURRENT_TIMESTAMP}), so data opens at its release date without the job having to run then;
 * the job only has to fill in release dates and keep these rules present.
 */
public final class PublicReadRules {

    public static final List<String> WHAT = List.of(
            "SELECT i FROM Investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM InvestigationInstrument x JOIN x.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM Sample x JOIN x.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM Dataset x JOIN x.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM DatasetParameter x JOIN x.dataset ds JOIN ds.investigation i"
                    + " WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM Datafile x JOIN x.dataset ds JOIN ds.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM DatafileParameter x JOIN x.datafile df JOIN df.dataset ds JOIN ds.investigation i"
                    + " WHERE i.releaseDate < CURRENT_TIMESTAMP");

    private PublicReadRules() {
    }
}
