package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** A set of datafiles recorded together (one acquisition, one processing run) within an investigation. */
@Entity
@Table(name = "DATASET", uniqueConstraints = @UniqueConstraint(name = "UQ_DATASET",
        columnNames = {"INVESTIGATION_ID", "NAME"}))
public class Dataset extends EntityBase {

    @Column(name = "COMPLETE", nullable = false)
    private boolean complete;

    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    @Column(name = "DOI", length = 255)
    private String doi;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDDATE")
    private Date endDate;

    @Column(name = "LOCATION", length = 255)
    private String location;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTDATE")
    private Date startDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "SAMPLE_ID")
    private Sample sample;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TYPE_ID", nullable = false)
    private DatasetType type;

    @OneToMany(mappedBy = "dataset", cascade = CascadeType.PERSIST)
    private List<DataCollectionDataset> dataCollectionDatasets = new ArrayList<>();

    @OneToMany(mappedBy = "dataset", cascade = CascadeType.PERSIST)
    private List<Datafile> datafiles = new ArrayList<>();

    @OneToMany(mappedBy = "dataset", cascade = CascadeType.PERSIST)
    private List<DatasetParameter> parameters = new ArrayList<>();

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public Date getEndDate() {
        return endDate;
    }

    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }

    public Sample getSample() {
        return sample;
    }

    public void setSample(Sample sample) {
        this.sample = sample;
    }

    public DatasetType getType() {
        return type;
    }

    public void setType(DatasetType type) {
        this.type = type;
    }

    public List<DataCollectionDataset> getDataCollectionDatasets() {
        return dataCollectionDatasets;
    }

    public void setDataCollectionDatasets(List<DataCollectionDataset> dataCollectionDatasets) {
        this.dataCollectionDatasets = dataCollectionDatasets;
    }

    public List<Datafile> getDatafiles() {
        return datafiles;
    }

    public void setDatafiles(List<Datafile> datafiles) {
        this.datafiles = datafiles;
    }

    public List<DatasetParameter> getParameters() {
        return parameters;
    }

    public void setParameters(List<DatasetParameter> parameters) {
        this.parameters = parameters;
    }
}
