package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** A named group of users, referred to by rules and by investigations. */
@Entity
@Table(name = "GROUPING", uniqueConstraints = @UniqueConstraint(name = "UQ_GROUPING",
        columnNames = {"NAME"}))
public class Grouping extends EntityBase {

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @OneToMany(mappedBy = "grouping", cascade = CascadeType.PERSIST)
    private List<InvestigationGroup> investigationGroups = new ArrayList<>();

    @OneToMany(mappedBy = "grouping", cascade = CascadeType.PERSIST)
    private List<Rule> rules = new ArrayList<>();

    @OneToMany(mappedBy = "grouping", cascade = CascadeType.PERSIST)
    private List<UserGroup> userGroups = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<InvestigationGroup> getInvestigationGroups() {
        return investigationGroups;
    }

    public void setInvestigationGroups(List<InvestigationGroup> investigationGroups) {
        this.investigationGroups = investigationGroups;
    }

    public List<Rule> getRules() {
        return rules;
    }

    public void setRules(List<Rule> rules) {
        this.rules = rules;
    }

    public List<UserGroup> getUserGroups() {
        return userGroups;
    }

    public void setUserGroups(List<UserGroup> userGroups) {
        this.userGroups = userGroups;
    }
}
