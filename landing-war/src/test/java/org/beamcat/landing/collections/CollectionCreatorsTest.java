package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beamcat.landing.doi.Agent;
import org.junit.jupiter.api.Test;

class CollectionCreatorsTest {

    @Test
    void peopleWithGivenAndFamilyNamesArePersonal() {
        List<Agent> agents = CollectionCreators.parse(
                "[{\"name\":\"ignored\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\",\"orcid\":\"0000-0002-9183-7206\"}]");
        assertEquals(1, agents.size());
        assertEquals("Lovelace, Ada", agents.get(0).name());
        assertEquals(Agent.PERSONAL, agents.get(0).nameType());
        assertEquals("https://orcid.org/0000-0002-9183-7206", agents.get(0).nameIdentifiers().get(0).nameIdentifier());
    }

    @Test
    void damagedValuesAreSkippedNotFatal() {
        assertEquals(List.of(), CollectionCreators.parse("not json"));
        assertEquals(List.of(), CollectionCreators.parse("{\"name\":\"an object, not an array\"}"));
        assertEquals(List.of(), CollectionCreators.parse(null));
        List<Agent> agents = CollectionCreators.parse("[1, {}, {\"name\":\" \"}, {\"name\":\"Kept\",\"orcid\":\"0000-0002-9183-7200\"}]");
        assertEquals(1, agents.size());
        assertEquals("Kept", agents.get(0).name());
        assertTrue(agents.get(0).nameIdentifiers().isEmpty(), "an ORCID with a wrong check digit is dropped");
    }
}
