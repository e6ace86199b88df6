package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Lets anyone who may read an entity of type {@code origin} also read what its relationship {@code field}
 * leads to, without further rule checks.
 */
@Entity
@Table(name = "PUBLICSTEP", uniqueConstraints = @UniqueConstraint(name = "UQ_PUBLICSTEP",
        columnNames = {"ORIGIN", "FIELD"}))
public class PublicStep extends EntityBase {

    @Column(name = "FIELD", nullable = false, length = 32)
    private String field;

    @Column(name = "ORIGIN", nullable = false, length = 32)
    private String origin;

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }
}
