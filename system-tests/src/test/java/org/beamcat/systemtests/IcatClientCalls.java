package org.beamcat.systemtests;

import jakarta.json.JsonString;
import java.util.List;
import org.beamcat.icat.client.IcatException;

/** Short forms of the searches the catalogue tests make, each as a fresh login of the named demo user. */
final class IcatClientCalls {

    List<String> strings(String user, String query) throws IcatException {
        return DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login(user), query).getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }

    long count(String user, String query) throws IcatException {
        return DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login(user), query).getJsonNumber(0).longValue();
    }

    long id(String user, String query) throws IcatException {
        return count(user, query);
    }
}
