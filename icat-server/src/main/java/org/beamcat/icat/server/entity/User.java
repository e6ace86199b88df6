package org.beamcat.icat.server.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** A person known to the catalogue; {@code name} is the authenticated name {@code mnemonic/username}. */
@Entity
@Table(name = "USER_", uniqueConstraints = @UniqueConstraint(name = "UQ_USER",
        columnNames = {"NAME"}))
public class User extends EntityBase {

    // since ICAT 4.10
    @Column(name = "AFFILIATION", length = 255)
    private String affiliation;

    @Column(name = "EMAIL", length = 255)
    private String email;

    // since ICAT 4.10
    @Column(name = "FAMILYNAME", length = 255)
    private String familyName;

    @Column(name = "FULLNAME", length = 255)
    private String fullName;

    // since ICAT 4.10
    @Column(name = "GIVENNAME", length = 255)
    private String givenName;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "ORCIDID", length = 255)
    private String orcidId;

    @OneToMany(mappedBy = "user", cascade = CascadeType.PERSIST)
    private List<InstrumentScientist> instrumentScientists = new ArrayList<>();

    @OneToMany(mappedBy = "user", cascade = CascadeType.PERSIST)
    private List<InvestigationUser> investigationUsers = new ArrayList<>();

    @OneToMany(mappedBy = "user", cascade = CascadeType.PERSIST)
    private List<Study> studies = new ArrayList<>();

    @OneToMany(mappedBy = "user", cascade = CascadeType.PERSIST)
    private List<UserGroup> userGroups = new ArrayList<>();

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrcidId() {
        return orcidId;
    }

    public void setOrcidId(String orcidId) {
        this.orcidId = orcidId;
    }

    public List<InstrumentScientist> getInstrumentScientists() {
        return instrumentScientists;
    }

    public void setInstrumentScientists(List<InstrumentScientist> instrumentScientists) {
        this.instrumentScientists = instrumentScientists;
    }

    public List<InvestigationUser> getInvestigationUsers() {
        return investigationUsers;
    }

    public void setInvestigationUsers(List<InvestigationUser> investigationUsers) {
        this.investigationUsers = investigationUsers;
    }

    public List<Study> getStudies() {
        return studies;
    }

    public void setStudies(List<Study> studies) {
        this.studies = studies;
    }

    public List<UserGroup> getUserGroups() {
        return userGroups;
    }

    public void setUserGroups(List<UserGroup> userGroups) {
        this.userGroups = userGroups;
    }
}
