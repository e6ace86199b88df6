package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Puts one datafile into a data collection. */
@Entity
@Table(name = "DATACOLLECTIONDATAFILE", uniqueConstraints = @UniqueConstraint(name = "UQ_DATACOLLECTIONDATAFILE",
        columnNames = {"DATACOLLECTION_ID", "DATAFILE_ID"}))
public class DataCollectionDatafile extends EntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DATACOLLECTION_ID", nullable = false)
    private DataCollection dataCollection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DATAFILE_ID", nullable = false)
    private Datafile datafile;

    public DataCollection getDataCollection() {
        return dataCollection;
    }

    public void setDataCollection(DataCollection dataCollection) {
        this.dataCollection = dataCollection;
    }

    public Datafile getDatafile() {
        return datafile;
    }

    public void setDatafile(Datafile datafile) {
        this.datafile = datafile;
    }
}
