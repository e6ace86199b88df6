package org.beamcat.icat.server.searchengine.lucene;

import org.beamcat.icat.server.searchengine.EntityKind;

/** Names of the Lucene fields beside the document's own (analysed text under the field's name). */
final class LuceneFields {

    /** {@code Dataset:42}: the unique key an upsert replaces. */
    static final String KEY = "_key";
    static final String KIND = "_kind";
    /** The entity id: a point (readable filter), doc values (sort, cursor) and stored. */
    static final String ID = "_id";
    /** Investigation and dataset ids as terms, for deleting descendants. */
    static final String INVESTIGATION = "_investigation";
    static final String DATASET = "_dataset";
    /** Investigation id as a point, for the 4.7 {@code user} condition on datasets and datafiles. */
    static final String INVESTIGATION_ID = "_investigationId";
    /** Marker in the commit data: the index holds every entity (no rebuild was interrupted). */
    static final String COMPLETE = "complete";

    private LuceneFields() {
    }

    static String key(EntityKind kind, long id) {
        return kind.icatName() + ":" + id;
    }

    /** The whole value of a text field: exact filters, term facets and sorting. */
    static String exact(String field) {
        return "exact." + field;
    }

    static String parameterString(String name) {
        return "param.s:" + name;
    }

    static String parameterNumber(String name, String dimension) {
        return "param.n:" + name + "@" + dimension;
    }

    static String parameterDate(String name) {
        return "param.d:" + name;
    }
}
