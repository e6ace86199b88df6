package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** The definition of a parameter: name, units, value type, where it applies and optional limits. */
@Entity
@Table(name = "PARAMETERTYPE", uniqueConstraints = @UniqueConstraint(name = "UQ_PARAMETERTYPE",
        columnNames = {"FACILITY_ID", "NAME", "UNITS"}))
public class ParameterType extends EntityBase {

    @Column(name = "APPLICABLETODATACOLLECTION", nullable = false)
    private boolean applicableToDataCollection;

    @Column(name = "APPLICABLETODATAFILE", nullable = false)
    private boolean applicableToDatafile;

    @Column(name = "APPLICABLETODATASET", nullable = false)
    private boolean applicableToDataset;

    @Column(name = "APPLICABLETOINVESTIGATION", nullable = false)
    private boolean applicableToInvestigation;

    @Column(name = "APPLICABLETOSAMPLE", nullable = false)
    private boolean applicableToSample;

    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    @Column(name = "ENFORCED", nullable = false)
    private boolean enforced;

    @Column(name = "MAXIMUMNUMERICVALUE")
    private Double maximumNumericValue;

    @Column(name = "MINIMUMNUMERICVALUE")
    private Double minimumNumericValue;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    // since ICAT 4.10
    @Column(name = "PID", length = 255)
    private String pid;

    @Column(name = "UNITS", nullable = false, length = 255)
    private String units;

    @Column(name = "UNITSFULLNAME", length = 255)
    private String unitsFullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUETYPE", nullable = false, length = 32)
    private ParameterValueType valueType;

    @Column(name = "VERIFIED", nullable = false)
    private boolean verified;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<DataCollectionParameter> dataCollectionParameters = new ArrayList<>();

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<DatafileParameter> datafileParameters = new ArrayList<>();

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<DatasetParameter> datasetParameters = new ArrayList<>();

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<InvestigationParameter> investigationParameters = new ArrayList<>();

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<PermissibleStringValue> permissibleStringValues = new ArrayList<>();

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<SampleParameter> sampleParameters = new ArrayList<>();

    public boolean isApplicableToDataCollection() {
        return applicableToDataCollection;
    }

    public void setApplicableToDataCollection(boolean applicableToDataCollection) {
        this.applicableToDataCollection = applicableToDataCollection;
    }

    public boolean isApplicableToDatafile() {
        return applicableToDatafile;
    }

    public void setApplicableToDatafile(boolean applicableToDatafile) {
        this.applicableToDatafile = applicableToDatafile;
    }

    public boolean isApplicableToDataset() {
        return applicableToDataset;
    }

    public void setApplicableToDataset(boolean applicableToDataset) {
        this.applicableToDataset = applicableToDataset;
    }

    public boolean isApplicableToInvestigation() {
        return applicableToInvestigation;
    }

    public void setApplicableToInvestigation(boolean applicableToInvestigation) {
        this.applicableToInvestigation = applicableToInvestigation;
    }

    public boolean isApplicableToSample() {
        return applicableToSample;
    }

    public void setApplicableToSample(boolean applicableToSample) {
        this.applicableToSample = applicableToSample;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isEnforced() {
        return enforced;
    }

    public void setEnforced(boolean enforced) {
        this.enforced = enforced;
    }

    public Double getMaximumNumericValue() {
        return maximumNumericValue;
    }

    public void setMaximumNumericValue(Double maximumNumericValue) {
        this.maximumNumericValue = maximumNumericValue;
    }

    public Double getMinimumNumericValue() {
        return minimumNumericValue;
    }

    public void setMinimumNumericValue(Double minimumNumericValue) {
        this.minimumNumericValue = minimumNumericValue;
    }

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

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }

    public String getUnitsFullName() {
        return unitsFullName;
    }

    public void setUnitsFullName(String unitsFullName) {
        this.unitsFullName = unitsFullName;
    }

    public ParameterValueType getValueType() {
        return valueType;
    }

    public void setValueType(ParameterValueType valueType) {
        this.valueType = valueType;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public List<DataCollectionParameter> getDataCollectionParameters() {
        return dataCollectionParameters;
    }

    public void setDataCollectionParameters(List<DataCollectionParameter> dataCollectionParameters) {
        this.dataCollectionParameters = dataCollectionParameters;
    }

    public List<DatafileParameter> getDatafileParameters() {
        return datafileParameters;
    }

    public void setDatafileParameters(List<DatafileParameter> datafileParameters) {
        this.datafileParameters = datafileParameters;
    }

    public List<DatasetParameter> getDatasetParameters() {
        return datasetParameters;
    }

    public void setDatasetParameters(List<DatasetParameter> datasetParameters) {
        this.datasetParameters = datasetParameters;
    }

    public List<InvestigationParameter> getInvestigationParameters() {
        return investigationParameters;
    }

    public void setInvestigationParameters(List<InvestigationParameter> investigationParameters) {
        this.investigationParameters = investigationParameters;
    }

    public List<PermissibleStringValue> getPermissibleStringValues() {
        return permissibleStringValues;
    }

    public void setPermissibleStringValues(List<PermissibleStringValue> permissibleStringValues) {
        this.permissibleStringValues = permissibleStringValues;
    }

    public List<SampleParameter> getSampleParameters() {
        return sampleParameters;
    }

    public void setSampleParameters(List<SampleParameter> sampleParameters) {
        this.sampleParameters = sampleParameters;
    }
}
