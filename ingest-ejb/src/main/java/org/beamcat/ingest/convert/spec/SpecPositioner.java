package org.beamcat.ingest.convert.spec;

/** One motor of a scan: its name from {@code #O} and its position from {@code #P} at the start of the scan. */
public record SpecPositioner(String name, double position) {
}
