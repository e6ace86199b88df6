package org.beamcat.icat.server.write;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.AttributeValue;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.EntityDescription;
import org.beamcat.icat.server.json.FieldValue;
import org.beamcat.icat.server.json.NewChildren;
import org.beamcat.icat.server.json.ReferenceValue;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;

/**
 * Turns request descriptions into entity objects without writing anything: new objects (with their nested children)
 * are built in memory, existing rows are looked up and changed in place (the flush writes them). Records every row
 * it creates or changes, in request order and parents before children, for the checks and the persist loop.
 */
final class ObjectBuilder {

    private final EntityAccessors accessors;
    private final ExistingRows rows;
    private final WriteAuthorizer authorizer;
    private final Caller caller;
    private final Date now;
    private final List<WrittenRow> written = new ArrayList<>();

    ObjectBuilder(EntityAccessors accessors, ExistingRows rows, WriteAuthorizer authorizer, Caller caller, Date now) {
        this.accessors = accessors;
        this.rows = rows;
        this.authorizer = authorizer;
        this.caller = caller;
        this.now = now;
    }

    /** Every row created or changed so far, parents before their children. */
    List<WrittenRow> written() {
        return written;
    }

    /** Builds one request element; returns the new top-level object, or the updated row. */
    EntityBase build(EntityDescription description, int offset) throws IcatServerException {
        return description.isCreate() ? create(description, offset) : update(description, offset);
    }

    private EntityBase create(EntityDescription description, int offset) throws IcatServerException {
        EntityAccessor accessor = accessors.of(description.entity().name());
        EntityBase entity = accessor.newInstance();
        entity.markCreated(caller.userName(), now);
        written.add(new WrittenRow(offset, entity, accessor, true, true, false));
        apply(accessor, entity, description, offset, true);
        return entity;
    }

    private EntityBase update(EntityDescription description, int offset) throws IcatServerException {
        EntityAccessor accessor = accessors.of(description.entity().name());
        EntityBase entity = rows.find(accessor, description.id());
        authorizer.check(caller, WriteOperation.UPDATE, entity);
        boolean keyChanged = false;
        boolean moved = false;
        for (FieldValue value : description.values()) {
            if (description.entity().uniqueKey().contains(value.field().name())) {
                keyChanged = true;
                moved |= value.field().kind() == FieldKind.TO_ONE;
            }
        }
        if (moved) {
            // Moving a row to another parent is a delete there and a create here (ICAT 4.7).
            try {
                authorizer.check(caller, WriteOperation.DELETE, entity);
            } catch (IcatServerException e) {
                if (e.type() != IcatErrorType.INSUFFICIENT_PRIVILEGES) {
                    throw e;
                }
                throw new IcatServerException(e.type(), "DELETE access implied by UPDATE to this "
                        + entity.getClass().getSimpleName() + " is not allowed.", e.offset());
            }
        }
        written.add(new WrittenRow(offset, entity, accessor, false, keyChanged, moved));
        apply(accessor, entity, description, offset, false);
        if (!description.values().isEmpty()) {
            entity.markModified(caller.userName(), now);
        }
        return entity;
    }

    private void apply(EntityAccessor accessor, EntityBase entity, EntityDescription description, int offset,
            boolean isNew) throws IcatServerException {
        for (FieldValue value : description.values()) {
            FieldInfo field = value.field();
            if (value instanceof AttributeValue attribute) {
                if (attribute.value() == null && accessor.isPrimitive(field.name())) {
                    throw FieldRules.cannotBeNull(accessor, field.name());
                }
                accessor.set(entity, field.name(), attribute.value());
            } else if (value instanceof ReferenceValue reference) {
                accessor.set(entity, field.name(), reference.target() == null ? null : referenced(reference, offset));
            } else if (value instanceof NewChildren children) {
                addChildren(accessor, entity, children, offset, isNew);
            }
        }
    }

    /** The existing row a to-one points at; members given besides the id update that row. */
    private EntityBase referenced(ReferenceValue reference, int offset) throws IcatServerException {
        EntityDescription target = reference.target();
        if (!target.values().isEmpty()) {
            return update(target, offset);
        }
        return rows.find(accessors.of(target.entity().name()), target.id());
    }

    private void addChildren(EntityAccessor accessor, EntityBase parent, NewChildren children, int offset,
            boolean parentIsNew) throws IcatServerException {
        String inverse = accessor.inverseField(children.field().name());
        for (EntityDescription description : children.children()) {
            EntityBase child = create(description, offset);
            // The parent wins over anything the child said about it: it is created *in* this parent.
            accessors.of(child).set(child, inverse, parent);
            if (parentIsNew) {
                // Keep the new tree navigable; an existing parent's collection is left alone, as adding to it
                // would load every child it already has.
                @SuppressWarnings("unchecked")
                List<EntityBase> siblings = (List<EntityBase>) accessor.get(parent, children.field().name());
                siblings.add(child);
            }
        }
    }
}
