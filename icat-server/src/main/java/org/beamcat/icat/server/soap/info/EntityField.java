package org.beamcat.icat.server.soap.info;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * One field in {@code getEntityInfo}: {@code type} is the Java simple type name ICAT 4.7 reports
 * ({@code String}, {@code Long}, {@code Date}, {@code boolean}, an enum's name) or the related entity's name.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "entityField", propOrder = {"comment", "name", "notNullable", "relType", "stringLength", "type"})
public class EntityField {

    private String comment;
    private String name;
    private boolean notNullable;
    private RelType relType;
    private Integer stringLength;
    private String type;

    public EntityField() {
    }

    public EntityField(String name, String type, RelType relType, boolean notNullable, Integer stringLength) {
        this.name = name;
        this.type = type;
        this.relType = relType;
        this.notNullable = notNullable;
        this.stringLength = stringLength;
    }

    public String getComment() {
        return comment;
    }

    public String getName() {
        return name;
    }

    public boolean isNotNullable() {
        return notNullable;
    }

    public RelType getRelType() {
        return relType;
    }

    public Integer getStringLength() {
        return stringLength;
    }

    public String getType() {
        return type;
    }
}
