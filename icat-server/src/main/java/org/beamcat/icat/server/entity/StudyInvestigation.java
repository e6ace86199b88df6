package org.beamcat.icat.server.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Puts an investigation into a study. */
@Entity
@Table(name = "STUDYINVESTIGATION", uniqueConstraints = @UniqueConstraint(name = "UQ_STUDYINVESTIGATION",
        columnNames = {"STUDY_ID", "INVESTIGATION_ID"}))
public class StudyInvestigation extends EntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "STUDY_ID", nullable = false)
    private Study study;

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }

    public Study getStudy() {
        return study;
    }

    public void setStudy(Study study) {
        this.study = study;
    }
}
