package org.beamcat.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * One measured figure and its baseline from the same run. The ratio is always "how many times slower
 * than the baseline" (1 = as fast, 4 = four times slower), whatever the unit, so tables read alike.
 *
 * @param higherIsBetter true for rates (files/s, MB/s, requests/s), false for latencies
 */
public record Figure(String scenario, String name, String unit, double value, String baselineName,
        double baseline, boolean higherIsBetter, String note) {

    public double slowdown() {
        if (value == 0 || baseline == 0) {
            return Double.NaN;
        }
        return higherIsBetter ? baseline / value : value / baseline;
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder().add("scenario", scenario).add("name", name).add("unit", unit)
                .add("value", round(value)).add("baselineName", baselineName).add("baseline", round(baseline))
                .add("higherIsBetter", higherIsBetter).add("slowdown", round(slowdown()))
                .add("note", note == null ? "" : note).build();
    }

    public static Figure fromJson(JsonObject json) {
        return new Figure(json.getString("scenario"), json.getString("name"), json.getString("unit"),
                json.getJsonNumber("value").doubleValue(), json.getString("baselineName"),
                json.getJsonNumber("baseline").doubleValue(), json.getBoolean("higherIsBetter"),
                json.getString("note", ""));
    }

    static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return 0;
        }
        return Math.round(v * 1000) / 1000.0;
    }
}
