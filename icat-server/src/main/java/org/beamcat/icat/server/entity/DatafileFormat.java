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

/** A file format (name and version) known to a facility. */
@Entity
@Table(name = "DATAFILEFORMAT", uniqueConstraints = @UniqueConstraint(name = "UQ_DATAFILEFORMAT",
        columnNames = {"FACILITY_ID", "NAME", "VERSION"}))
public class DatafileFormat extends EntityBase {

    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "TYPE", length = 255)
    private String type;

    @Column(name = "VERSION", nullable = false, length = 255)
    private String version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FACILITY_ID", nullable = false)
    private Facility facility;

    @OneToMany(mappedBy = "datafileFormat", cascade = CascadeType.PERSIST)
    private List<Datafile> datafiles = new ArrayList<>();

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public List<Datafile> getDatafiles() {
        return datafiles;
    }

    public void setDatafiles(List<Datafile> datafiles) {
        this.datafiles = datafiles;
    }
}
