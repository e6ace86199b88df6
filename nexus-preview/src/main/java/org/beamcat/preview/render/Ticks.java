package org.beamcat.preview.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Nice" tick values (1, 2, 5 × 10^k) for an axis range, and their labels. */
final class Ticks {

    private Ticks() {
    }

    static List<Double> between(double low, double high, int wanted) {
        List<Double> ticks = new ArrayList<>();
        if (!(high > low) || !Double.isFinite(high - low)) {
            ticks.add(low);
            return ticks;
        }
        double raw = (high - low) / Math.max(1, wanted);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5 : 10);
        for (double tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9 && ticks.size() < 50; tick += step) {
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
        }
        return ticks;
    }

    static String label(double value) {
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude >= 1e5 || magnitude < 1e-3)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
