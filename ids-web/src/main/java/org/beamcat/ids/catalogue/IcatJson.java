package org.beamcat.ids.catalogue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/** Reads the IDS's infos from the catalogue's entity JSON. */
final class IcatJson {

    private IcatJson() {
    }

    /** The body of an entity row: {@code {"Dataset":{…}}} → {@code {…}}. */
    static JsonObject body(JsonValue row, String entity) {
        return row.asJsonObject().getJsonObject(entity);
    }

    /** A Dataset that includes its investigation and the investigation's facility. */
    static DsInfo dsInfo(JsonObject dataset) {
        JsonObject inv = object(dataset, "investigation");
        JsonObject facility = inv == null ? null : object(inv, "facility");
        return new DsInfo(number(dataset, "id"), string(dataset, "name"), string(dataset, "location"),
                inv == null ? null : number(inv, "id"), inv == null ? null : string(inv, "name"),
                inv == null ? null : string(inv, "visitId"), facility == null ? null : number(facility, "id"),
                facility == null ? null : string(facility, "name"));
    }

    /** A Dataset of an investigation already read. */
    static DsInfo dsInfo(JsonObject dataset, DsInfo investigation) {
        return new DsInfo(number(dataset, "id"), string(dataset, "name"), string(dataset, "location"),
                investigation.invId(), investigation.invName(), investigation.visitId(), investigation.facilityId(),
                investigation.facilityName());
    }

    /** An Investigation including its facility, as a DsInfo without the dataset fields. */
    static DsInfo investigation(JsonObject inv) {
        JsonObject facility = object(inv, "facility");
        return new DsInfo(null, null, null, number(inv, "id"), string(inv, "name"), string(inv, "visitId"),
                facility == null ? null : number(facility, "id"), facility == null ? null : string(facility, "name"));
    }

    static DfInfo dfInfo(JsonObject datafile, long dsId) {
        return new DfInfo(number(datafile, "id"), string(datafile, "name"), string(datafile, "location"),
                string(datafile, "createId"), string(datafile, "modId"), dsId, number(datafile, "fileSize"),
                string(datafile, "checksum"));
    }

    static JsonObject object(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonObject object ? object : null;
    }

    static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? json.getString(key) : null;
    }

    static Long number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonNumber n ? n.longValue() : null;
    }
}
