package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A parameter of an investigation; at most one per parameter type. */
@Entity
@Table(name = "INVESTIGATIONPARAMETER", uniqueConstraints = @UniqueConstraint(name = "UQ_INVESTIGATIONPARAMETER",
        columnNames = {"INVESTIGATION_ID", "PARAMETER_TYPE_ID"}))
public class InvestigationParameter extends Parameter {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }
}
