package org.beamcat.icat.server.searchengine;

import java.util.List;

/** Where search documents come from: the catalogue's current rows (the drainer and the rebuild read it). */
public interface DocumentSource {

    /** The documents of those of {@code ids} that exist now (absent ones are simply missing from the answer). */
    List<SearchDocument> load(EntityKind kind, List<Long> ids) throws SearchEngineException;

    /** Up to {@code max} ids of {@code kind} above {@code afterId}, ascending (paging a rebuild). */
    List<Long> ids(EntityKind kind, long afterId, int max) throws SearchEngineException;

    /**
     * Up to {@code max} ids of {@code child} (datasets or datafiles) below the investigation or dataset
     * {@code parentId}, above {@code afterId}, ascending.
     */
    List<Long> idsBelow(EntityKind parent, long parentId, EntityKind child, long afterId, int max)
            throws SearchEngineException;

    /** How many rows of {@code kind} exist (progress of a rebuild). */
    long count(EntityKind kind) throws SearchEngineException;
}
