package org.beamcat.ids.api;

import jakarta.ws.rs.QueryParam;

/** {@link SelectionParams} of GET and DELETE calls, from the query string. */
public class QuerySelection extends SelectionParams {

    @QueryParam("preparedId")
    public void setPreparedId(String value) {
        preparedId = value;
    }

    @QueryParam("sessionId")
    public void setSessionId(String value) {
        sessionId = value;
    }

    @QueryParam("investigationIds")
    public void setInvestigationIds(String value) {
        investigationIds = value;
    }

    @QueryParam("datasetIds")
    public void setDatasetIds(String value) {
        datasetIds = value;
    }

    @QueryParam("datafileIds")
    public void setDatafileIds(String value) {
        datafileIds = value;
    }
}
