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

/**
 * One file of a dataset. The biggest table of the catalogue (hundreds of millions of rows): its parent's
 * collection of files is never loaded as a whole, only queried page by page.
 */
@Entity
@Table(name = "DATAFILE", uniqueConstraints = @UniqueConstraint(name = "UQ_DATAFILE",
        columnNames = {"DATASET_ID", "NAME"}))
public class Datafile extends EntityBase {

    @Column(name = "CHECKSUM", length = 255)
    private String checksum;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DATAFILECREATETIME")
    private Date datafileCreateTime;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DATAFILEMODTIME")
    private Date datafileModTime;

    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    @Column(name = "DOI", length = 255)
    private String doi;

    @Column(name = "FILESIZE")
    private Long fileSize;

    @Column(name = "LOCATION", length = 255)
    private String location;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DATAFILEFORMAT_ID")
    private DatafileFormat datafileFormat;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DATASET_ID", nullable = false)
    private Dataset dataset;

    @OneToMany(mappedBy = "datafile", cascade = CascadeType.PERSIST)
    private List<DataCollectionDatafile> dataCollectionDatafiles = new ArrayList<>();

    @OneToMany(mappedBy = "destDatafile", cascade = CascadeType.PERSIST)
    private List<RelatedDatafile> destDatafiles = new ArrayList<>();

    @OneToMany(mappedBy = "datafile", cascade = CascadeType.PERSIST)
    private List<DatafileParameter> parameters = new ArrayList<>();

    @OneToMany(mappedBy = "sourceDatafile", cascade = CascadeType.PERSIST)
    private List<RelatedDatafile> sourceDatafiles = new ArrayList<>();

    public String getChecksum() {
        return checksum;
    }

    public void setChecksum(String checksum) {
        this.checksum = checksum;
    }

    public Date getDatafileCreateTime() {
        return datafileCreateTime;
    }

    public void setDatafileCreateTime(Date datafileCreateTime) {
        this.datafileCreateTime = datafileCreateTime;
    }

    public Date getDatafileModTime() {
        return datafileModTime;
    }

    public void setDatafileModTime(Date datafileModTime) {
        this.datafileModTime = datafileModTime;
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

    public Long getFileSize() {
        return fileSize;
    }

    public void setFileSize(Long fileSize) {
        this.fileSize = fileSize;
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

    public DatafileFormat getDatafileFormat() {
        return datafileFormat;
    }

    public void setDatafileFormat(DatafileFormat datafileFormat) {
        this.datafileFormat = datafileFormat;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public void setDataset(Dataset dataset) {
        this.dataset = dataset;
    }

    public List<DataCollectionDatafile> getDataCollectionDatafiles() {
        return dataCollectionDatafiles;
    }

    public void setDataCollectionDatafiles(List<DataCollectionDatafile> dataCollectionDatafiles) {
        this.dataCollectionDatafiles = dataCollectionDatafiles;
    }

    public List<RelatedDatafile> getDestDatafiles() {
        return destDatafiles;
    }

    public void setDestDatafiles(List<RelatedDatafile> destDatafiles) {
        this.destDatafiles = destDatafiles;
    }

    public List<DatafileParameter> getParameters() {
        return parameters;
    }

    public void setParameters(List<DatafileParameter> parameters) {
        this.parameters = parameters;
    }

    public List<RelatedDatafile> getSourceDatafiles() {
        return sourceDatafiles;
    }

    public void setSourceDatafiles(List<RelatedDatafile> sourceDatafiles) {
        this.sourceDatafiles = sourceDatafiles;
    }
}
