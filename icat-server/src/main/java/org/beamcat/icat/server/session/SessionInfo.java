package org.beamcat.icat.server.session;

/** What {@code GET session/{id}} reports: the session's user and the minutes it has left (with fractions). */
public record SessionInfo(String userName, double remainingMinutes) {
}
