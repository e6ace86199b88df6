package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A keyword attached to an investigation. */
@Entity
@Table(name = "KEYWORD", uniqueConstraints = @UniqueConstraint(name = "UQ_KEYWORD",
        columnNames = {"NAME", "INVESTIGATION_ID"}))
public class Keyword extends EntityBase {

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }
}
