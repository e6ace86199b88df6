package org.beamcat.ids.api;

import jakarta.ws.rs.FormParam;

/** {@link SelectionParams} of POST calls, from the form body. */
public class FormSelection extends SelectionParams {

    @FormParam("preparedId")
    public void setPreparedId(String value) {
        preparedId = value;
    }

    @FormParam("sessionId")
    public void setSessionId(String value) {
        sessionId = value;
    }

    @FormParam("investigationIds")
    public void setInvestigationIds(String value) {
        investigationIds = value;
    }

    @FormParam("datasetIds")
    public void setDatasetIds(String value) {
        datasetIds = value;
    }

    @FormParam("datafileIds")
    public void setDatafileIds(String value) {
        datafileIds = value;
    }
}
