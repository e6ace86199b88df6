package org.beamcat.icat.server.documents;

import java.util.List;

/**
 * One entry of the query's {@code facets}: count the values of these dimensions of {@code target} (the
 * searched entity, or one related to it such as {@code DatasetParameter}) over the hits. A dimension without
 * ranges counts per value; with ranges it counts per range (numbers or dates in milliseconds).
 */
public record FacetRequest(String target, List<Dimension> dimensions) {

    public FacetRequest {
        dimensions = List.copyOf(dimensions);
    }

    public record Dimension(String name, List<Range> ranges) {
        public Dimension {
            ranges = List.copyOf(ranges);
        }
    }

    /** A labelled bucket, {@code from} inclusive and {@code to} exclusive; a null bound is open. */
    public record Range(String key, Double from, Double to) {
    }
}
