package org.beamcat.icat.server.soap.info;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A uniqueness constraint in {@code getEntityInfo}: the fields that together identify an object. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "constraint")
public class Constraint {

    private List<String> fieldNames = new ArrayList<>();

    public Constraint() {
    }

    public Constraint(List<String> fieldNames) {
        this.fieldNames = new ArrayList<>(fieldNames);
    }

    public List<String> getFieldNames() {
        return fieldNames;
    }
}
