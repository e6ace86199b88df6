package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A named relation from one datafile to another (for example derived-from). */
@Entity
@Table(name = "RELATEDDATAFILE", uniqueConstraints = @UniqueConstraint(name = "UQ_RELATEDDATAFILE",
        columnNames = {"SOURCEDATAFILE_ID", "DESTDATAFILE_ID"}))
public class RelatedDatafile extends EntityBase {

    @Column(name = "RELATION", nullable = false, length = 255)
    private String relation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DESTDATAFILE_ID", nullable = false)
    private Datafile destDatafile;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SOURCEDATAFILE_ID", nullable = false)
    private Datafile sourceDatafile;

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }

    public Datafile getDestDatafile() {
        return destDatafile;
    }

    public void setDestDatafile(Datafile destDatafile) {
        this.destDatafile = destDatafile;
    }

    public Datafile getSourceDatafile() {
        return sourceDatafile;
    }

    public void setSourceDatafile(Datafile sourceDatafile) {
        this.sourceDatafile = sourceDatafile;
    }
}
