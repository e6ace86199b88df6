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

/** A kind of sample (name and molecular formula) defined by a facility. */
@Entity
@Table(name = "SAMPLETYPE", uniqueConstraints = @UniqueConstraint(name = "UQ_SAMPLETYPE",
        columnNames = {"FACILITY_ID", "NAME", "MOLECULARFORMULA"}))
public class SampleType extends EntityBase {

    @Column(name = "MOLECULARFORMULA", nullable = false, length = 255)
    private String molecularFormula;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "SAFETYINFORMATION", length = 4000)
    private String safetyInformation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @OneToMany(mappedBy = "type", cascade = CascadeType.PERSIST)
    private List<Sample> samples = new ArrayList<>();

    public String getMolecularFormula() {
        return molecularFormula;
    }

    public void setMolecularFormula(String molecularFormula) {
        this.molecularFormula = molecularFormula;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSafetyInformation() {
        return safetyInformation;
    }

    public void setSafetyInformation(String safetyInformation) {
        this.safetyInformation = safetyInformation;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public List<Sample> getSamples() {
        return samples;
    }

    public void setSamples(List<Sample> samples) {
        this.samples = samples;
    }
}
