package org.beamcat.icat.server.query.include;

import java.util.List;
import org.beamcat.icat.server.model.FieldKind;

/**
 * One relationship to load: {@code field} of the parent entity, leading to objects of {@code entity}, and what to
 * load from those in turn.
 *
 * @param field    relationship field name on the parent, e.g. {@code datafiles}
 * @param kind     {@link FieldKind#TO_ONE} or {@link FieldKind#TO_MANY}
 * @param entity   the related entity's ICAT name, e.g. {@code Datafile}
 * @param children relationships to load from the related objects
 */
public record IncludeNode(String field, FieldKind kind, String entity, List<IncludeNode> children) {

    public IncludeNode {
        children = List.copyOf(children);
    }
}
