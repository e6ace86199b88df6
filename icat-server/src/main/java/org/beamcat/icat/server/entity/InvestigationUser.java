package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Gives a user a role (for example principal investigator) in an investigation. */
@Entity
@Table(name = "INVESTIGATIONUSER", uniqueConstraints = @UniqueConstraint(name = "UQ_INVESTIGATIONUSER",
        columnNames = {"USER_ID", "INVESTIGATION_ID", "ROLE"}))
public class InvestigationUser extends EntityBase {

    @Column(name = "ROLE", nullable = false, length = 255)
    private String role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
