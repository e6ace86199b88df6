package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An authorization rule: CRUD flags, what they apply to (a query), and optionally the grouping it is for. */
@Entity
@Table(name = "RULE_")
public class Rule extends EntityBase {

    @Column(name = "CRUDFLAGS", nullable = false, length = 4)
    private String crudFlags;

    @Column(name = "WHAT", nullable = false, length = 1024)
    private String what;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "GROUPING_ID")
    private Grouping grouping;

    public String getCrudFlags() {
        return crudFlags;
    }

    public void setCrudFlags(String crudFlags) {
        this.crudFlags = crudFlags;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }
}
