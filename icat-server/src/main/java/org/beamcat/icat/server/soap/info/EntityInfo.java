package org.beamcat.icat.server.soap.info;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code getEntityInfo}'s answer: python-icat builds its entity classes from it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "entityInfo", propOrder = {"classComment", "constraints", "fields"})
public class EntityInfo {

    private String classComment;
    private List<Constraint> constraints = new ArrayList<>();
    private List<EntityField> fields = new ArrayList<>();

    public EntityInfo() {
    }

    public EntityInfo(List<Constraint> constraints, List<EntityField> fields) {
        this.constraints = new ArrayList<>(constraints);
        this.fields = new ArrayList<>(fields);
    }

    public String getClassComment() {
        return classComment;
    }

    public List<Constraint> getConstraints() {
        return constraints;
    }

    public List<EntityField> getFields() {
        return fields;
    }
}
