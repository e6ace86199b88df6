package org.beamcat.portal.search;

/** A condition on a measured parameter: its name, a numeric range and the units the range is in (the engine converts). */
public record ParameterRange(String name, double from, double to, String units) {
}
