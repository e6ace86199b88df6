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
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** A set of related investigations, owned by a user. */
@Entity
@Table(name = "STUDY")
public class Study extends EntityBase {

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    // since ICAT 4.10
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDDATE")
    private Date endDate;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    // since ICAT 4.10
    @Column(name = "PID", length = 255)
    private String pid;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTDATE")
    private Date startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 32)
    private StudyStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "USER_ID")
    private User user;

    @OneToMany(mappedBy = "study", cascade = CascadeType.PERSIST)
    private List<StudyInvestigation> studyInvestigations = new ArrayList<>();

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getPid() {
        return pid;
    }

    public void setPid(String pid) {
        this.pid = pid;
    }

    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    public StudyStatus getStatus() {
        return status;
    }

    public void setStatus(StudyStatus status) {
        this.status = status;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public List<StudyInvestigation> getStudyInvestigations() {
        return studyInvestigations;
    }

    public void setStudyInvestigations(List<StudyInvestigation> studyInvestigations) {
        this.studyInvestigations = studyInvestigations;
    }
}
