package org.beamcat.icat.server.json;

import org.beamcat.icat.server.model.EntityInfo;

/** One object of a DELETE {@code entities} value: {@code {"Dataset":{"id":42}}}. */
public record EntityId(EntityInfo entity, long id) {

    /** ICAT's way of naming a row in messages, e.g. {@code Dataset[id:42]}. */
    @Override
    public String toString() {
        return entity.name() + "[id:" + id + "]";
    }
}
