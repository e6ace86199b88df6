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

/** A beamline or other instrument of a facility. */
@Entity
@Table(name = "INSTRUMENT", uniqueConstraints = @UniqueConstraint(name = "UQ_INSTRUMENT",
        columnNames = {"FACILITY_ID", "NAME"}))
public class Instrument extends EntityBase {

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "FULLNAME", length = 255)
    private String fullName;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    // since ICAT 4.10
    @Column(name = "PID", length = 255)
    private String pid;

    @Column(name = "TYPE", length = 255)
    private String type;

    @Column(name = "URL", length = 255)
    private String url;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.PERSIST)
    private List<InstrumentScientist> instrumentScientists = new ArrayList<>();

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.PERSIST)
    private List<InvestigationInstrument> investigationInstruments = new ArrayList<>();

    // since ICAT 4.10
    @OneToMany(mappedBy = "instrument", cascade = CascadeType.PERSIST)
    private List<Shift> shifts = new ArrayList<>();

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

    public String getPid() {
        return pid;
    }

    public void setPid(String pid) {
        this.pid = pid;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public List<InstrumentScientist> getInstrumentScientists() {
        return instrumentScientists;
    }

    public void setInstrumentScientists(List<InstrumentScientist> instrumentScientists) {
        this.instrumentScientists = instrumentScientists;
    }

    public List<InvestigationInstrument> getInvestigationInstruments() {
        return investigationInstruments;
    }

    public void setInvestigationInstruments(List<InvestigationInstrument> investigationInstruments) {
        this.investigationInstruments = investigationInstruments;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public void setShifts(List<Shift> shifts) {
        this.shifts = shifts;
    }
}
