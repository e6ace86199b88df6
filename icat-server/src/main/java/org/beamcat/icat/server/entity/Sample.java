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

/** A sample measured in an investigation. */
@Entity
@Table(name = "SAMPLE", uniqueConstraints = @UniqueConstraint(name = "UQ_SAMPLE",
        columnNames = {"INVESTIGATION_ID", "NAME"}))
public class Sample extends EntityBase {

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    // since ICAT 4.10
    @Column(name = "PID", length = 255)
    private String pid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "TYPE_ID")
    private SampleType type;

    @OneToMany(mappedBy = "sample", cascade = CascadeType.PERSIST)
    private List<Dataset> datasets = new ArrayList<>();

    @OneToMany(mappedBy = "sample", cascade = CascadeType.PERSIST)
    private List<SampleParameter> parameters = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPid() {
        return pid;
    }

    public void setPid(String pid) {
        this.pid = pid;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }

    public SampleType getType() {
        return type;
    }

    public void setType(SampleType type) {
        this.type = type;
    }

    public List<Dataset> getDatasets() {
        return datasets;
    }

    public void setDatasets(List<Dataset> datasets) {
        this.datasets = datasets;
    }

    public List<SampleParameter> getParameters() {
        return parameters;
    }

    public void setParameters(List<SampleParameter> parameters) {
        this.parameters = parameters;
    }
}
