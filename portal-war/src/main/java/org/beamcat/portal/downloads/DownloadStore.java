package org.beamcat.portal.downloads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where each person's downloads are kept (the portal's own tables). */
public interface DownloadStore {

    Download save(String userName, String name, String preparedId, Instant created, String summary,
            DataSelection selection);

    /** The person's downloads, newest first, at most {@code limit}. */
    List<Download> of(String userName, int limit);

    /** One of the person's downloads; empty for another person's id. */
    Optional<Download> find(String userName, long id);
}
