package org.beamcat.icat.server.port;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import remembers between its batches: the id of each handle ({@code ?:n}) seen so far (rows of entities
 * without a unique key, as ICAT keeps them) and a bounded cache of the ids that related-row lookups found.
 */
public final class ImportState {

    private final Map<String, Long> handles = new HashMap<>();
    private final Map<String, Long> lookups;
    private long rows;

    ImportState(int cacheSize) {
        this.lookups = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > cacheSize;
            }
        };
    }

    Long handle(String entity, String name) {
        return handles.get(entity + "." + name);
    }

    void handle(String entity, String name, long id) {
        handles.put(entity + "." + name, id);
    }

    Long lookup(String key) {
        return lookups.get(key);
    }

    void lookup(String key, long id) {
        lookups.put(key, id);
    }

    void counted(int imported) {
        rows += imported;
    }

    /** Rows written (created or overwritten) so far. */
    public long rows() {
        return rows;
    }
}
