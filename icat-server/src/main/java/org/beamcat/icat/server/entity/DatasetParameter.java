package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A parameter of a dataset; at most one per parameter type. */
@Entity
@Table(name = "DATASETPARAMETER", uniqueConstraints = @UniqueConstraint(name = "UQ_DATASETPARAMETER",
        columnNames = {"DATASET_ID", "PARAMETER_TYPE_ID"}))
public class DatasetParameter extends Parameter {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DATASET_ID", nullable = false)
    private Dataset dataset;

    public Dataset getDataset() {
        return dataset;
    }

    public void setDataset(Dataset dataset) {
        this.dataset = dataset;
    }
}
