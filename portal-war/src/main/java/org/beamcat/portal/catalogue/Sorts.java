package org.beamcat.portal.catalogue;

/** The keys each list can be sorted by on the server (each is a column the catalogue orders by). */
public final class Sorts {

    private Sorts() {
    }

    public enum InvestigationSort { NAME, TITLE, START, END }

    public enum DatasetSort { NAME, START, END }

    public enum DatafileSort { NAME, SIZE, DATE }
}
