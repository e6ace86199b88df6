package org.beamcat.landing.web;

import java.io.Serializable;
import org.beamcat.landing.collections.Creator;

/** One author row of the data-collection form, bound field by field. */
public class CreatorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName = "";
    private String familyName = "";
    private String orcid = "";
    private String affiliation = "";

    public Creator toCreator() {
        return new Creator(givenName, familyName, orcid, affiliation);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getOrcid() {
        return orcid;
    }

    public void setOrcid(String orcid) {
        this.orcid = orcid;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }
}
