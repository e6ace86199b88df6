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

/** An experiment or proposal visit: the unit that owns datasets, samples and users. */
@Entity
@Table(name = "INVESTIGATION", uniqueConstraints = @UniqueConstraint(name = "UQ_INVESTIGATION",
        columnNames = {"FACILITY_ID", "NAME", "VISITID"}))
public class Investigation extends EntityBase {

    @Column(name = "DOI", length = 255)
    private String doi;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDDATE")
    private Date endDate;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RELEASEDATE")
    private Date releaseDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTDATE")
    private Date startDate;

    @Column(name = "SUMMARY", length = 4000)
    private String summary;

    @Column(name = "TITLE", nullable = false, length = 255)
    private String title;

    @Column(name = "VISITID", nullable = false, length = 255)
    private String visitId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TYPE_ID", nullable = false)
    private InvestigationType type;

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<Dataset> datasets = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<InvestigationGroup> investigationGroups = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<InvestigationInstrument> investigationInstruments = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<InvestigationUser> investigationUsers = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<Keyword> keywords = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<InvestigationParameter> parameters = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<Publication> publications = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<Sample> samples = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<Shift> shifts = new ArrayList<>();

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.PERSIST)
    private List<StudyInvestigation> studyInvestigations = new ArrayList<>();

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Date getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(Date releaseDate) {
        this.releaseDate = releaseDate;
    }

    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getVisitId() {
        return visitId;
    }

    public void setVisitId(String visitId) {
        this.visitId = visitId;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public InvestigationType getType() {
        return type;
    }

    public void setType(InvestigationType type) {
        this.type = type;
    }

    public List<Dataset> getDatasets() {
        return datasets;
    }

    public void setDatasets(List<Dataset> datasets) {
        this.datasets = datasets;
    }

    public List<InvestigationGroup> getInvestigationGroups() {
        return investigationGroups;
    }

    public void setInvestigationGroups(List<InvestigationGroup> investigationGroups) {
        this.investigationGroups = investigationGroups;
    }

    public List<InvestigationInstrument> getInvestigationInstruments() {
        return investigationInstruments;
    }

    public void setInvestigationInstruments(List<InvestigationInstrument> investigationInstruments) {
        this.investigationInstruments = investigationInstruments;
    }

    public List<InvestigationUser> getInvestigationUsers() {
        return investigationUsers;
    }

    public void setInvestigationUsers(List<InvestigationUser> investigationUsers) {
        this.investigationUsers = investigationUsers;
    }

    public List<Keyword> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<Keyword> keywords) {
        this.keywords = keywords;
    }

    public List<InvestigationParameter> getParameters() {
        return parameters;
    }

    public void setParameters(List<InvestigationParameter> parameters) {
        this.parameters = parameters;
    }

    public List<Publication> getPublications() {
        return publications;
    }

    public void setPublications(List<Publication> publications) {
        this.publications = publications;
    }

    public List<Sample> getSamples() {
        return samples;
    }

    public void setSamples(List<Sample> samples) {
        this.samples = samples;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public void setShifts(List<Shift> shifts) {
        this.shifts = shifts;
    }

    public List<StudyInvestigation> getStudyInvestigations() {
        return studyInvestigations;
    }

    public void setStudyInvestigations(List<StudyInvestigation> studyInvestigations) {
        this.studyInvestigations = studyInvestigations;
    }
}
