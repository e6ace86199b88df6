package org.beamcat.ids.twolevel;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/**
 * JSON form of dataset and datafile infos, with the member names of upstream's prepared file (contract
 * 2.12) so the journal and prepared files read alike; {@code fileSize} and {@code checksum} are ours.
 */
public final class InfoJson {

    private InfoJson() {
    }

    public static JsonObject of(DsInfo ds) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        put(b, "dsId", ds.dsId());
        put(b, "dsName", ds.dsName());
        put(b, "dsLocation", ds.dsLocation());
        put(b, "invId", ds.invId());
        put(b, "invName", ds.invName());
        put(b, "visitId", ds.visitId());
        put(b, "facilityId", ds.facilityId());
        put(b, "facilityName", ds.facilityName());
        return b.build();
    }

    public static JsonObject of(DfInfo df) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        put(b, "dfId", df.dfId());
        put(b, "dfName", df.dfName());
        put(b, "dfLocation", df.dfLocation());
        put(b, "createId", df.createId());
        put(b, "modId", df.modId());
        put(b, "dsId", df.dsId());
        put(b, "fileSize", df.fileSize());
        put(b, "checksum", df.checksum());
        return b.build();
    }

    public static DsInfo dataset(JsonObject o) {
        return new DsInfo(longOf(o, "dsId"), text(o, "dsName"), text(o, "dsLocation"), longOf(o, "invId"),
                text(o, "invName"), text(o, "visitId"), longOf(o, "facilityId"), text(o, "facilityName"));
    }

    public static DfInfo datafile(JsonObject o) {
        return new DfInfo(longOf(o, "dfId"), text(o, "dfName"), text(o, "dfLocation"), text(o, "createId"),
                text(o, "modId"), longOf(o, "dsId"), longOf(o, "fileSize"), text(o, "checksum"));
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder b, String name, Long value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
    }

    private static Long longOf(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.longValueExact() : null;
    }
}
