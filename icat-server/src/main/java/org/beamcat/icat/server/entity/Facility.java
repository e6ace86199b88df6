package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** The root of the catalogue: a facility owns instruments, types, cycles and investigations. */
@Entity
@Table(name = "FACILITY", uniqueConstraints = @UniqueConstraint(name = "UQ_FACILITY",
        columnNames = {"NAME"}))
public class Facility extends EntityBase {

    @Column(name = "DAYSUNTILRELEASE")
    private Integer daysUntilRelease;

    @Column(name = "DESCRIPTION", length = 1023)
    private String description;

    @Column(name = "FULLNAME", length = 255)
    private String fullName;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "URL", length = 255)
    private String url;

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<Application> applications = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<DatafileFormat> datafileFormats = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<DatasetType> datasetTypes = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<FacilityCycle> facilityCycles = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<Instrument> instruments = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<InvestigationType> investigationTypes = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<Investigation> investigations = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<ParameterType> parameterTypes = new ArrayList<>();

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST)
    private List<SampleType> sampleTypes = new ArrayList<>();

    public Integer getDaysUntilRelease() {
        return daysUntilRelease;
    }

    public void setDaysUntilRelease(Integer daysUntilRelease) {
        this.daysUntilRelease = daysUntilRelease;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<Application> getApplications() {
        return applications;
    }

    public void setApplications(List<Application> applications) {
        this.applications = applications;
    }

    public List<DatafileFormat> getDatafileFormats() {
        return datafileFormats;
    }

    public void setDatafileFormats(List<DatafileFormat> datafileFormats) {
        this.datafileFormats = datafileFormats;
    }

    public List<DatasetType> getDatasetTypes() {
        return datasetTypes;
    }

    public void setDatasetTypes(List<DatasetType> datasetTypes) {
        this.datasetTypes = datasetTypes;
    }

    public List<FacilityCycle> getFacilityCycles() {
        return facilityCycles;
    }

    public void setFacilityCycles(List<FacilityCycle> facilityCycles) {
        this.facilityCycles = facilityCycles;
    }

    public List<Instrument> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<Instrument> instruments) {
        this.instruments = instruments;
    }

    public List<InvestigationType> getInvestigationTypes() {
        return investigationTypes;
    }

    public void setInvestigationTypes(List<InvestigationType> investigationTypes) {
        this.investigationTypes = investigationTypes;
    }

    public List<Investigation> getInvestigations() {
        return investigations;
    }

    public void setInvestigations(List<Investigation> investigations) {
        this.investigations = investigations;
    }

    public List<ParameterType> getParameterTypes() {
        return parameterTypes;
    }

    public void setParameterTypes(List<ParameterType> parameterTypes) {
        this.parameterTypes = parameterTypes;
    }

    public List<SampleType> getSampleTypes() {
        return sampleTypes;
    }

    public void setSampleTypes(List<SampleType> sampleTypes) {
        this.sampleTypes = sampleTypes;
    }
}
