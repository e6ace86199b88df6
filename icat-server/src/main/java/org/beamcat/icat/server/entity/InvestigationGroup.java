package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Gives a grouping a role in an investigation. */
@Entity
@Table(name = "INVESTIGATIONGROUP", uniqueConstraints = @UniqueConstraint(name = "UQ_INVESTIGATIONGROUP",
        columnNames = {"GROUPING_ID", "INVESTIGATION_ID", "ROLE"}))
public class InvestigationGroup extends EntityBase {

    @Column(name = "ROLE", nullable = false, length = 255)
    private String role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "GROUPING_ID", nullable = false)
    private Grouping grouping;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }
}
