package org.beamcat.icat.server.soap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.soap.bean.EntityBaseBean;
import org.beamcat.icat.server.soap.info.Constraint;
import org.beamcat.icat.server.soap.info.EntityField;
import org.beamcat.icat.server.soap.info.EntityInfo;
import org.beamcat.icat.server.soap.info.RelType;

/**
 * {@code getEntityInfo} from the entity model: every field (the five system fields included) with ICAT
 * 4.7's type names, not-null flags, string lengths and relation kinds, and the uniqueness constraint.
 */
public final class EntityInfoDescriber {

    private final EntityModel model;
    private final SoapBeanMapper beans;

    public EntityInfoDescriber(EntityModel model, SoapBeanMapper beans) {
        this.model = model;
        this.beans = beans;
    }

    public EntityInfo describe(String entityName) throws IcatServerException {
        org.beamcat.icat.server.model.EntityInfo entity = model.entity(entityName == null ? "" : entityName)
                .orElseThrow(() -> new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        entityName + " is not an ICAT entity"));
        List<EntityField> fields = new ArrayList<>();
        List<FieldInfo> sorted = new ArrayList<>(entity.fields());
        sorted.sort(Comparator.comparing(FieldInfo::name));
        for (FieldInfo field : sorted) {
            fields.add(new EntityField(field.name(), typeName(entityName, field), relType(field),
                    field.required(), field.maxLength() > 0 ? field.maxLength() : null));
        }
        List<Constraint> constraints = entity.uniqueKey().isEmpty() ? List.of()
                : List.of(new Constraint(entity.uniqueKey()));
        return new EntityInfo(constraints, fields);
    }

    private String typeName(String entityName, FieldInfo field) {
        if (field.isRelationship()) {
            return field.targetEntity();
        }
        Class<? extends EntityBaseBean> beanClass = beanClass(entityName);
        Field javaField = beans.fields(beanClass).get(field.name());
        if (javaField == null) {
            throw new IllegalStateException("The SOAP bean " + entityName + " has no field " + field.name());
        }
        return javaField.getType().getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends EntityBaseBean> beanClass(String entityName) {
        try {
            return (Class<? extends EntityBaseBean>) Class.forName(
                    EntityBaseBean.class.getPackageName() + "." + entityName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No SOAP bean for entity " + entityName, e);
        }
    }

    private static RelType relType(FieldInfo field) {
        return switch (field.kind()) {
            case ATTRIBUTE -> RelType.ATTRIBUTE;
            case TO_ONE -> RelType.ONE;
            case TO_MANY -> RelType.MANY;
        };
    }
}
