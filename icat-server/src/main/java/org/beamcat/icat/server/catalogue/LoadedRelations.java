package org.beamcat.icat.server.catalogue;

import java.util.Collection;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.IncludedRelations;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.beamcat.icat.server.search.LoadedGraph;

/** Hands the JSON writer exactly what the search loaded and the caller may read, never the raw relations. */
final class LoadedRelations implements IncludedRelations {

    private final LoadedGraph loaded;

    LoadedRelations(LoadedGraph loaded) {
        this.loaded = loaded;
    }

    @Override
    public EntityBase one(EntityBase parent, IncludeNode node) {
        return loaded.relatedOne(parent, node).orElse(null);
    }

    @Override
    public Collection<? extends EntityBase> many(EntityBase parent, IncludeNode node) {
        return loaded.related(parent, node);
    }
}
