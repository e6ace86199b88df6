package org.beamcat.icat.server.json;

import java.util.Collection;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.query.include.IncludeNode;

/**
 * Where {@link EntityJsonWriter} gets the related objects an INCLUDE asks for. The default reads them through the
 * entity's own relations; the search layer can supply the objects it loaded in batches and filtered by READ
 * rules, so that nothing is loaded row by row and unreadable objects are left out (contract 3.4).
 */
public interface IncludedRelations {

    /** The object to write for an included to-one relation, or null to leave the field out. */
    EntityBase one(EntityBase parent, IncludeNode node);

    /** The objects to write for an included to-many relation. */
    Collection<? extends EntityBase> many(EntityBase parent, IncludeNode node);

    /** Follows the entities' own relations: what is loaded is what gets written. */
    static IncludedRelations throughEntities(EntityAccessors accessors) {
        return new IncludedRelations() {
            @Override
            public EntityBase one(EntityBase parent, IncludeNode node) {
                return (EntityBase) accessors.of(parent).get(parent, node.field());
            }

            @Override
            @SuppressWarnings("unchecked")
            public Collection<? extends EntityBase> many(EntityBase parent, IncludeNode node) {
                return (Collection<? extends EntityBase>) accessors.of(parent).get(parent, node.field());
            }
        };
    }
}
