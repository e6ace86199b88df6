package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A free-form collection of datasets and datafiles, for example the input of a job or the content of a DOI. */
@Entity
@Table(name = "DATACOLLECTION")
public class DataCollection extends EntityBase {

    @Column(name = "DOI", length = 255)
    private String doi;

    @OneToMany(mappedBy = "dataCollection", cascade = CascadeType.PERSIST)
    private List<DataCollectionDatafile> dataCollectionDatafiles = new ArrayList<>();

    @OneToMany(mappedBy = "dataCollection", cascade = CascadeType.PERSIST)
    private List<DataCollectionDataset> dataCollectionDatasets = new ArrayList<>();

    @OneToMany(mappedBy = "inputDataCollection", cascade = CascadeType.PERSIST)
    private List<Job> jobsAsInput = new ArrayList<>();

    @OneToMany(mappedBy = "outputDataCollection", cascade = CascadeType.PERSIST)
    private List<Job> jobsAsOutput = new ArrayList<>();

    @OneToMany(mappedBy = "dataCollection", cascade = CascadeType.PERSIST)
    private List<DataCollectionParameter> parameters = new ArrayList<>();

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public List<DataCollectionDatafile> getDataCollectionDatafiles() {
        return dataCollectionDatafiles;
    }

    public void setDataCollectionDatafiles(List<DataCollectionDatafile> dataCollectionDatafiles) {
        this.dataCollectionDatafiles = dataCollectionDatafiles;
    }

    public List<DataCollectionDataset> getDataCollectionDatasets() {
        return dataCollectionDatasets;
    }

    public void setDataCollectionDatasets(List<DataCollectionDataset> dataCollectionDatasets) {
        this.dataCollectionDatasets = dataCollectionDatasets;
    }

    public List<Job> getJobsAsInput() {
        return jobsAsInput;
    }

    public void setJobsAsInput(List<Job> jobsAsInput) {
        this.jobsAsInput = jobsAsInput;
    }

    public List<Job> getJobsAsOutput() {
        return jobsAsOutput;
    }

    public void setJobsAsOutput(List<Job> jobsAsOutput) {
        this.jobsAsOutput = jobsAsOutput;
    }

    public List<DataCollectionParameter> getParameters() {
        return parameters;
    }

    public void setParameters(List<DataCollectionParameter> parameters) {
        this.parameters = parameters;
    }
}
