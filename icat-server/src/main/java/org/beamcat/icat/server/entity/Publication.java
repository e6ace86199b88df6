package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A publication that came out of an investigation. */
@Entity
@Table(name = "PUBLICATION")
public class Publication extends EntityBase {

    @Column(name = "DOI", length = 255)
    private String doi;

    @Column(name = "FULLREFERENCE", nullable = false, length = 511)
    private String fullReference;

    @Column(name = "REPOSITORY", length = 255)
    private String repository;

    @Column(name = "REPOSITORYID", length = 255)
    private String repositoryId;

    @Column(name = "URL", length = 255)
    private String url;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVESTIGATION_ID", nullable = false)
    private Investigation investigation;

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getFullReference() {
        return fullReference;
    }

    public void setFullReference(String fullReference) {
        this.fullReference = fullReference;
    }

    public String getRepository() {
        return repository;
    }

    public void setRepository(String repository) {
        this.repository = repository;
    }

    public String getRepositoryId() {
        return repositoryId;
    }

    public void setRepositoryId(String repositoryId) {
        this.repositoryId = repositoryId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public void setInvestigation(Investigation investigation) {
        this.investigation = investigation;
    }
}
