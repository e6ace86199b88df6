package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** A kind of dataset (for example raw or processed) defined by a facility. */
@Entity
@Table(name = "DATASETTYPE", uniqueConstraints = @UniqueConstraint(name = "UQ_DATASETTYPE",
        columnNames = {"FACILITY_ID", "NAME"}))
public class DatasetType extends EntityBase {

    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<Dataset> datasets = new ArrayList<>();

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public List<Dataset> getDatasets() {
        return datasets;
    }

    public void setDatasets(List<Dataset> datasets) {
        this.datasets = datasets;
    }
}
