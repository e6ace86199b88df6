package org.beamcat.landing.doi;

/**
 * A date with its meaning, e.g. {@code Collected} (the session) or {@code Available} (the embargo end).
 *
 * @param date a W3CDTF date ({@code 2025}, {@code 2025-09}, {@code 2025-09-05}, {@code 2025-09-05T06:00:00Z})
 *             or an RKMS-ISO8601 range of two such dates ({@code 2025-09-05/2025-09-07}, open ends allowed)
 */
public record TypedDate(String date, String dateType, String dateInformation) {

    public static TypedDate of(String dateType, String date) {
        return new TypedDate(date, dateType, null);
    }
}
