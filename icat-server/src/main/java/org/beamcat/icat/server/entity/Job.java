package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One run of an application, with optional input and output data collections. */
@Entity
@Table(name = "JOB")
public class Job extends EntityBase {

    @Column(name = "ARGUMENTS", length = 255)
    private String arguments;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "APPLICATION_ID", nullable = false)
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "INPUTDATACOLLECTION_ID")
    private DataCollection inputDataCollection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "OUTPUTDATACOLLECTION_ID")
    private DataCollection outputDataCollection;

    public String getArguments() {
        return arguments;
    }

    public void setArguments(String arguments) {
        this.arguments = arguments;
    }

    public Application getApplication() {
        return application;
    }

    public void setApplication(Application application) {
        this.application = application;
    }

    public DataCollection getInputDataCollection() {
        return inputDataCollection;
    }

    public void setInputDataCollection(DataCollection inputDataCollection) {
        this.inputDataCollection = inputDataCollection;
    }

    public DataCollection getOutputDataCollection() {
        return outputDataCollection;
    }

    public void setOutputDataCollection(DataCollection outputDataCollection) {
        this.outputDataCollection = outputDataCollection;
    }
}
