package org.beamcat.icat.server.soap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.soap.bean.EntityBaseBean;
import org.beamcat.icat.server.soap.bean.Parameter;
import org.beamcat.icat.server.soap.info.Constraint;
import org.beamcat.icat.server.soap.info.EntityField;
import org.beamcat.icat.server.soap.info.EntityInfo;
import org.beamcat.icat.server.soap.info.RelType;

/**
 * {@code getEntityInfo} from the entity model: every field (the five system fields included) with ICAT
 * 4.7's type names, not-null flags, string lengths and relation kinds, and the uniqueness constraint.
 */
public final class EntityInfoDescriber {

    private static final String PARAMETER = "Parameter";

    /**
     * The model calls a primitive attribute optional (a missing value is its default); ICAT 4.7 reports
     * its not-null columns, and among its primitive attributes only this one is declared not null.
     */
    private static final Set<String> NOT_NULL_PRIMITIVES = Set.of("Dataset.complete");

    private final EntityModel model;
    private final SoapBeanMapper beans;

    public EntityInfoDescriber(EntityModel model, SoapBeanMapper beans) {
        this.model = model;
        this.beans = beans;
    }

    public EntityInfo describe(String entityName) throws IcatServerException {
        if (PARAMETER.equals(entityName)) {
            return describeParameter();
        }
        org.beamcat.icat.server.model.EntityInfo entity = model.entity(entityName == null ? "" : entityName)
                .orElseThrow(() -> new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        entityName + " is not an ICAT entity"));
        return describe(entityName, entity.fields(), entity.uniqueKey());
    }

    /**
     * The abstract parent of the five parameter entities: ICAT 4.7 describes it too (it is a class of its
     * entity package), and python-icat asks for it first. Its fields are those every parameter shares.
     */
    private EntityInfo describeParameter() throws IcatServerException {
        Set<String> shared = beans.fields(Parameter.class).keySet();
        List<FieldInfo> fields = model.entity("DatasetParameter").orElseThrow().fields().stream()
                .filter(field -> shared.contains(field.name())).toList();
        return describe(PARAMETER, fields, List.of());
    }

    private EntityInfo describe(String entityName, Collection<FieldInfo> modelFields, List<String> uniqueKey) {
        List<EntityField> fields = new ArrayList<>();
        List<FieldInfo> sorted = new ArrayList<>(modelFields);
        sorted.sort(Comparator.comparing(FieldInfo::name));
        for (FieldInfo field : sorted) {
            boolean notNullable = field.required() || NOT_NULL_PRIMITIVES.contains(entityName + "." + field.name());
            fields.add(new EntityField(field.name(), typeName(entityName, field), relType(field), notNullable,
                    field.maxLength() > 0 ? field.maxLength() : null));
        }
        List<Constraint> constraints = uniqueKey.isEmpty() ? List.of() : List.of(new Constraint(uniqueKey));
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
