package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A parameter of a sample; at most one per parameter type. */
@Entity
@Table(name = "SAMPLEPARAMETER", uniqueConstraints = @UniqueConstraint(name = "UQ_SAMPLEPARAMETER",
        columnNames = {"SAMPLE_ID", "PARAMETER_TYPE_ID"}))
public class SampleParameter extends Parameter {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SAMPLE_ID", nullable = false)
    private Sample sample;

    public Sample getSample() {
        return sample;
    }

    public void setSample(Sample sample) {
        this.sample = sample;
    }
}
