package org.beamcat.icat.server.soap.bean;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Date;

/** The SOAP base type {@code entityBaseBean}: the five fields the server sets on every entity. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "entityBaseBean")
public abstract class EntityBaseBean {

    private String createId;
    private Date createTime;
    private Long id;
    private String modId;
    private Date modTime;

    public String getCreateId() {
        return createId;
    }

    public void setCreateId(String createId) {
        this.createId = createId;
    }

    public Date getCreateTime() {
        return createTime;
    }

    public void setCreateTime(Date createTime) {
        this.createTime = createTime;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getModId() {
        return modId;
    }

    public void setModId(String modId) {
        this.modId = modId;
    }

    public Date getModTime() {
        return modTime;
    }

    public void setModTime(Date modTime) {
        this.modTime = modTime;
    }
}
