package org.beamcat.portal.catalogue;

/**
 * Who asks: the catalogue session the portal keeps for the person (never shown to them) and their catalogue
 * user name ({@code simple/alice}). Every call of the port runs with this session, so the catalogue's rules apply.
 */
public record Caller(String sessionId, String userName) {

    @Override
    public String toString() {
        return "Caller[" + userName + "]"; // the session id never reaches a log
    }
}
