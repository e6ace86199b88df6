package org.beamcat.support.web;

import static org.beamcat.support.web.ContainerErrorServlet.Dialect.ICAT;
import static org.beamcat.support.web.ContainerErrorServlet.Dialect.IDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContainerErrorServletTest {

    @Test
    void theContainersStatusIsKeptAndADirectCallIsAnUnknownPath() {
        assertEquals(403, ContainerErrorServlet.status(ICAT, 403));
        assertEquals(404, ContainerErrorServlet.status(ICAT, null));
        assertEquals(501, ContainerErrorServlet.status(IDS, null));
        assertEquals(404, ContainerErrorServlet.status(ICAT, 200), "not an error status: a direct call");
        assertEquals(501, ContainerErrorServlet.status(IDS, "500"), "not an Integer: a direct call");
    }

    @Test
    void icatDialect() {
        assertEquals("{\"code\":\"NO_SUCH_OBJECT_FOUND\",\"message\":\"no such resource under /ingest\"}",
                ContainerErrorServlet.body(ICAT, 404, "/ingest").toString());
        assertEquals("{\"code\":\"INSUFFICIENT_PRIVILEGES\",\"message\":\"request refused (HTTP 403)\"}",
                ContainerErrorServlet.body(ICAT, 403, "/ingest").toString());
        assertEquals("{\"code\":\"INTERNAL\",\"message\":\"the server could not handle the request\"}",
                ContainerErrorServlet.body(ICAT, 500, "/ingest").toString());
        assertEquals("NOT_IMPLEMENTED", ContainerErrorServlet.icatCode(405));
        assertEquals("SESSION", ContainerErrorServlet.icatCode(401));
        assertEquals("BAD_PARAMETER", ContainerErrorServlet.icatCode(400));
    }

    @Test
    void idsDialect() {
        assertEquals("{\"code\":\"NotFoundException\",\"message\":\"There is nothing at this path\"}",
                ContainerErrorServlet.body(IDS, 404, "/ids").toString());
        assertEquals("NOT_IMPLEMENTED", ContainerErrorServlet.body(IDS, 501, "/ids").getString("code"));
        assertEquals("InsufficientPrivilegesException", ContainerErrorServlet.body(IDS, 403, "/ids").getString("code"));
        assertEquals("BadRequestException", ContainerErrorServlet.body(IDS, 400, "/ids").getString("code"));
        assertEquals("InternalException", ContainerErrorServlet.body(IDS, 503, "/ids").getString("code"));
    }
}
