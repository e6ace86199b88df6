package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How OpenApiDescriptionIT writes a resource method's path, so it compares with OpenAPI's path keys. */
class JaxRsOperationsTest {

    @Test
    void joinsClassAndMethodPathsUnderTheApplicationRoot() {
        assertEquals("/session/{sessionId}", JaxRsOperations.join("session", "{sessionId}"));
        assertEquals("/getData", JaxRsOperations.join("", "getData"));
        assertEquals("/dead-letters/{id}/resubmit", JaxRsOperations.join("/dead-letters/", "/{id}/resubmit"));
    }

    @Test
    void aResourceWithoutMethodPathIsItsClassPath() {
        assertEquals("/entityManager", JaxRsOperations.join("entityManager", null));
        assertEquals("/", JaxRsOperations.join("", null));
    }

    @Test
    void templatesLoseTheirRegularExpressions() {
        assertEquals("/lucene/db/{entityName}", JaxRsOperations.join("lucene", "db/{ entityName : [A-Za-z]+ }"));
    }
}
