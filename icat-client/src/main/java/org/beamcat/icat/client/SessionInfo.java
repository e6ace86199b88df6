package org.beamcat.icat.client;

/** What ICAT says about a session: whose it is and how long it has left. */
public record SessionInfo(String userName, double remainingMinutes) {
}
