package org.beamcat.landing.doi;

/**
 * Someone who helped without being an author, e.g. the local contact ({@code DataCollector}) or the
 * PI ({@code ProjectManager}) of an experiment session.
 */
public record Contributor(String contributorType, Agent agent) {
}
