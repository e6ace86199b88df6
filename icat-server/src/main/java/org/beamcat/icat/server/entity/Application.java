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

/** A piece of software that runs {@link Job}s, identified by name and version within a facility. */
@Entity
@Table(name = "APPLICATION", uniqueConstraints = @UniqueConstraint(name = "UQ_APPLICATION",
        columnNames = {"FACILITY_ID", "NAME", "VERSION"}))
public class Application extends EntityBase {

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "VERSION", nullable = false, length = 255)
    private String version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    private List<Job> jobs = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public List<Job> getJobs() {
        return jobs;
    }

    public void setJobs(List<Job> jobs) {
        this.jobs = jobs;
    }
}
