package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A parameter of a data collection; at most one per parameter type. */
@Entity
@Table(name = "DATACOLLECTIONPARAMETER", uniqueConstraints = @UniqueConstraint(name = "UQ_DATACOLLECTIONPARAMETER",
        columnNames = {"DATACOLLECTION_ID", "PARAMETER_TYPE_ID"}))
public class DataCollectionParameter extends Parameter {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DATACOLLECTION_ID", nullable = false)
    private DataCollection dataCollection;

    public DataCollection getDataCollection() {
        return dataCollection;
    }

    public void setDataCollection(DataCollection dataCollection) {
        this.dataCollection = dataCollection;
    }
}
