package org.beamcat.portal.catalogue;

import java.util.Map;

/** A search result: the entity's id and the stored fields the engine returned (several values joined by ", "). */
public record DocumentHit(long id, Map<String, String> fields) {

    public DocumentHit {
        fields = Map.copyOf(fields);
    }

    public String field(String name) {
        return fields.get(name);
    }
}
