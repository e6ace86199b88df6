package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One allowed value of an enforced string parameter type. */
@Entity
@Table(name = "PERMISSIBLESTRINGVALUE", uniqueConstraints = @UniqueConstraint(name = "UQ_PERMISSIBLESTRINGVALUE",
        columnNames = {"VALUE_", "TYPE_ID"}))
public class PermissibleStringValue extends EntityBase {

    @Column(name = "VALUE_", nullable = false, length = 255)
    private String value;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TYPE_ID", nullable = false)
    private ParameterType type;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public ParameterType getType() {
        return type;
    }

    public void setType(ParameterType type) {
        this.type = type;
    }
}
