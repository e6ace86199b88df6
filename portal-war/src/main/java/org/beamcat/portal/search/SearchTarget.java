package org.beamcat.portal.search;

import java.util.List;
import java.util.Locale;

/**
 * What a search looks for, and the facets the portal shows for it: fields of the searched entity in the
 * engine's document (docs/search-api.md), each with the query parameter that filters by it and its label.
 */
public enum SearchTarget {
    INVESTIGATION("Investigation", List.of(Facet.BEAMLINE, Facet.INVESTIGATION_TYPE, Facet.SAMPLE)),
    DATASET("Dataset", List.of(Facet.BEAMLINE, Facet.DATASET_TYPE, Facet.SAMPLE)),
    DATAFILE("Datafile", List.of(Facet.FORMAT));

    /** A term facet: the engine's field, the URL parameter that filters by one of its values, the label. */
    public enum Facet {
        BEAMLINE("instrument", "beamline", "Beamline"),
        INVESTIGATION_TYPE("type", "type", "Investigation type"),
        DATASET_TYPE("type", "type", "Dataset type"),
        SAMPLE("sample", "sample", "Sample"),
        FORMAT("format", "format", "Format");

        public final String field;
        public final String parameter;
        public final String label;

        Facet(String field, String parameter, String label) {
            this.field = field;
            this.parameter = parameter;
            this.label = label;
        }
    }

    /** The year facet's field (start date; a datafile's creation time). */
    public static final String DATE_FIELD = "startDate";

    public final String entity;
    public final List<Facet> facets;

    SearchTarget(String entity, List<Facet> facets) {
        this.entity = entity;
        this.facets = facets;
    }

    /** What the page calls the hits: {@code investigations}. */
    public String plural() {
        return name().toLowerCase(Locale.ROOT) + "s";
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
