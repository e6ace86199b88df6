package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Reads values out of the Prometheus text that MicroProfile Metrics serves ({@code name{tags} value} per
 * line). Names are matched as the exporter renders them, dots becoming underscores; a value summed over
 * the lines whose tags contain every given {@code key="value"}.
 */
final class MetricsText {

    private final String text;

    MetricsText(String text) {
        this.text = text;
    }

    /** The test domain's application metrics now ({@code /metrics?scope=application}). */
    static MetricsText fetch() throws Exception {
        HttpResponse<String> response = Http.get("/metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        return new MetricsText(response.body());
    }

    /** The sum of the metric's values over the matching lines; 0 when no line matches (not counted yet). */
    double value(String metricName, String... tags) {
        String name = metricName.replace('.', '_').toLowerCase(Locale.ROOT);
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String lineName = (brace > 0 ? line.substring(0, brace) : line.substring(0, Math.max(0, space)));
            if (!(lineName.equals(name) || lineName.equals(name + "_total"))) {
                continue;
            }
            String labels = brace > 0 ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
            boolean all = true;
            for (String tag : tags) {
                all &= labels.contains(tag);
            }
            if (all) {
                sum += Double.parseDouble(line.substring(space + 1).strip());
            }
        }
        return sum;
    }

    boolean mentions(String metricName) {
        return text.contains(metricName.replace('.', '_'));
    }

    @Override
    public String toString() {
        return text;
    }
}
