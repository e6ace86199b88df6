package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Makes a user a scientist of an instrument. */
@Entity
@Table(name = "INSTRUMENTSCIENTIST", uniqueConstraints = @UniqueConstraint(name = "UQ_INSTRUMENTSCIENTIST",
        columnNames = {"USER_ID", "INSTRUMENT_ID"}))
public class InstrumentScientist extends EntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INSTRUMENT_ID", nullable = false)
    private Instrument instrument;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
