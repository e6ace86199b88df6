package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Records that an investigation used an instrument. */
@Entity
@Table(name = "INVESTIGATIONINSTRUMENT", uniqueConstraints = @UniqueConstraint(name = "UQ_INVESTIGATIONINSTRUMENT",
        columnNames = {"INVESTIGATION_ID", "INSTRUMENT_ID"}))
public class InvestigationInstrument extends EntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INSTRUMENT_ID", nullable = false)
    private Instrument instrument;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }
}
