package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.QUERIES;
import static org.beamcat.icat.server.query.QueryAssertions.assertBadGet;
import static org.beamcat.icat.server.query.QueryAssertions.search;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.beamcat.icat.server.query.validation.ValidatedGet;
import org.junit.jupiter.api.Test;

/** INCLUDE clauses of searches and get queries become include graphs (contract 3.4, 3.6). */
class IncludeGraphTest {

    private static IncludeGraph includeOf(String query) {
        return search(query).include().orElseThrow();
    }

    @Test
    void includeOneIsEveryToOneRelationshipOneLevel() {
        IncludeGraph graph = includeOf("SELECT ds FROM Dataset ds INCLUDE 1");
        assertEquals("Dataset", graph.rootEntity());
        assertEquals(List.of("investigation", "sample", "type"), graph.paths());
        assertEquals(new IncludeNode("type", FieldKind.TO_ONE, "DatasetType", List.of()), graph.children().get(2));
    }

    @Test
    void includeOneOnASelectedPath() {
        assertEquals(List.of("facility", "type"),
                includeOf("SELECT ds.investigation FROM Dataset ds INCLUDE 1").paths());
    }

    @Test
    void explicitStepsMergeIntoATree() {
        IncludeGraph graph = includeOf("SELECT ds FROM Dataset ds INCLUDE ds.datafiles df, df.parameters p, "
                + "p.type, ds.type, ds.investigation.facility");
        assertEquals(List.of("datafiles", "datafiles.parameters", "datafiles.parameters.type", "type",
                "investigation", "investigation.facility"), graph.paths());
        IncludeNode datafiles = graph.children().get(0);
        assertEquals(FieldKind.TO_MANY, datafiles.kind());
        assertEquals("Datafile", datafiles.entity());
        assertEquals("DatafileParameter", datafiles.children().get(0).entity());
    }

    @Test
    void shorthandImpliesIntermediateStepsAndMayNameThemLater() {
        assertEquals(List.of("datafiles", "datafiles.parameters", "datafiles.datafileFormat"),
                includeOf("SELECT ds FROM Dataset ds INCLUDE ds.datafiles.parameters, ds.datafiles df, "
                        + "df.datafileFormat").paths());
    }

    @Test
    void getQueries() throws IcatServerException {
        assertEquals(new ValidatedGet("Dataset", new IncludeGraph("Dataset", List.of())), QUERIES.get("Dataset"));
        assertEquals(List.of("investigation", "sample", "type"), QUERIES.get("Dataset INCLUDE 1").include().paths());
        assertEquals(List.of("datafiles", "datafiles.parameters"),
                QUERIES.get("Dataset ds INCLUDE ds.datafiles df, df.parameters").include().paths());
    }

    @Test
    void oldStyleGetIncludesFollowTheOnlyRoute() throws IcatServerException {
        assertEquals(List.of("datafiles", "datafiles.parameters", "parameters"),
                QUERIES.get("Dataset INCLUDE Datafile, DatasetParameter, DatafileParameter").include().paths());
        assertEquals(List.of("investigationTypes"), QUERIES.get("Facility INCLUDE InvestigationType").include()
                .paths());
    }

    @Test
    void badGetQueries() {
        assertBadGet("Datset", "Datset is not an ICAT entity");
        assertBadGet("Dataset ds INCLUDE ds.nothing", "nothing is not a field of Dataset");
        assertBadGet("Dataset INCLUDE Facility", "INCLUDE Facility: not related to Dataset");
        assertBadGet("Investigation INCLUDE Investigation", "redundant entity Investigation");
        assertBadGet("Investigation INCLUDE Dataset, Datset", "Datset is not an ICAT entity");
        assertBadGet("Investigation INCLUDE Instrument, InvestigationInstrument, Shift",
                "INCLUDE Instrument is ambiguous");
        assertBadGet("Dataset INCLUDE 2", "INCLUDE must be followed by 1");
        assertBadGet("SELECT ds FROM Dataset ds", "Unexpected");
        assertBadGet("", "query is empty");
    }
}
