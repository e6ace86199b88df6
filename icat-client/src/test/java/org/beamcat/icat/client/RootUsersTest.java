package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RootUsersTest {

    @Test
    void parsesCommaAndSpaceSeparatedNames() {
        RootUsers roots = RootUsers.parse(" simple/root,db/admin  simple/ops ,, ");
        assertEquals(Set.of("simple/root", "db/admin", "simple/ops"), roots.names());
        assertTrue(roots.includes("db/admin"));
    }

    @Test
    void namesAreExactNotPrefixesNorCaseInsensitive() {
        RootUsers roots = RootUsers.of(List.of("simple/root"));
        assertFalse(roots.includes("simple/Root"));
        assertFalse(roots.includes("simple/roo"));
        assertFalse(roots.includes("root"));
        assertFalse(roots.includes(null));
    }

    @Test
    void anEmptyOrMissingListHasNoRootUser() {
        assertTrue(RootUsers.parse(null).names().isEmpty());
        assertTrue(RootUsers.parse("  ").names().isEmpty());
        assertFalse(RootUsers.none().includes("simple/root"));
    }
}
