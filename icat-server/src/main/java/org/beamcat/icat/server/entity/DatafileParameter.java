package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A parameter of a datafile; at most one per parameter type. */
@Entity
@Table(name = "DATAFILEPARAMETER", uniqueConstraints = @UniqueConstraint(name = "UQ_DATAFILEPARAMETER",
        columnNames = {"DATAFILE_ID", "PARAMETER_TYPE_ID"}))
public class DatafileParameter extends Parameter {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DATAFILE_ID", nullable = false)
    private Datafile datafile;

    public Datafile getDatafile() {
        return datafile;
    }

    public void setDatafile(Datafile datafile) {
        this.datafile = datafile;
    }
}
