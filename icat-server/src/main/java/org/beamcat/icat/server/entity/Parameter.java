package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;

/**
 * What the five parameter entities (of an investigation, dataset, datafile, sample or data collection)
 * share: a type and one value whose kind the type's {@link ParameterValueType} decides. Each subclass
 * adds the reference to its parent and is unique on (parent, type).
 */
@MappedSuperclass
public abstract class Parameter extends EntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PARAMETER_TYPE_ID", nullable = false)
    private ParameterType type;

    @Column(name = "STRING_VALUE", length = 4000)
    private String stringValue;

    @Column(name = "NUMERIC_VALUE")
    private Double numericValue;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DATETIME_VALUE")
    private Date dateTimeValue;

    @Column(name = "RANGETOP")
    private Double rangeTop;

    @Column(name = "RANGEBOTTOM")
    private Double rangeBottom;

    @Column(name = "ERROR")
    private Double error;

    public ParameterType getType() {
        return type;
    }

    public void setType(ParameterType type) {
        this.type = type;
    }

    public String getStringValue() {
        return stringValue;
    }

    public void setStringValue(String stringValue) {
        this.stringValue = stringValue;
    }

    public Double getNumericValue() {
        return numericValue;
    }

    public void setNumericValue(Double numericValue) {
        this.numericValue = numericValue;
    }

    public Date getDateTimeValue() {
        return dateTimeValue;
    }

    public void setDateTimeValue(Date dateTimeValue) {
        this.dateTimeValue = dateTimeValue;
    }

    public Double getRangeTop() {
        return rangeTop;
    }

    public void setRangeTop(Double rangeTop) {
        this.rangeTop = rangeTop;
    }

    public Double getRangeBottom() {
        return rangeBottom;
    }

    public void setRangeBottom(Double rangeBottom) {
        this.rangeBottom = rangeBottom;
    }

    public Double getError() {
        return error;
    }

    public void setError(Double error) {
        this.error = error;
    }
}
