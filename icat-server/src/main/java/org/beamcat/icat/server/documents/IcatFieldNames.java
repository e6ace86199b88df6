package org.beamcat.icat.server.documents;

import java.util.Map;
import org.beamcat.icat.server.searchengine.DocumentFields;

/**
 * ICAT 6.1's document field names (as its clients, DataGateway and python-icat, send them in filters, facets and
 * sorts: {@code type.name}, {@code datafileFormat.name}, {@code sample.name}…) and the search port's
 * {@link DocumentFields}. A name without an entry is passed on unchanged, and the engine refuses an unknown one.
 */
final class IcatFieldNames {

    private static final Map<String, String> PORT_NAMES = Map.ofEntries(
            Map.entry("type.name", DocumentFields.TYPE),
            Map.entry("facility.name", DocumentFields.FACILITY),
            Map.entry("datafileFormat.name", DocumentFields.FORMAT),
            Map.entry("sample.name", DocumentFields.SAMPLE),
            Map.entry("instrument.name", DocumentFields.INSTRUMENT),
            Map.entry("investigationinstrument.instrument.name", DocumentFields.INSTRUMENT),
            Map.entry("investigationuser.user.name", DocumentFields.USER_NAME),
            Map.entry("investigationuser.user.fullName", DocumentFields.USER_FULL_NAME),
            Map.entry("keyword.name", DocumentFields.KEYWORD),
            Map.entry("date", DocumentFields.MOD_TIME));

    private IcatFieldNames() {
    }

    static String toPort(String icatName) {
        return PORT_NAMES.getOrDefault(icatName, icatName);
    }

    /** The nested objects whose filters are parameter conditions: investigationparameter, datasetparameter… */
    static boolean isParameters(String field) {
        return field.endsWith("parameter") || field.endsWith("Parameter");
    }
}
