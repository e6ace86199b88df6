package org.beamcat.portal.catalogue;

/** The three lists of investigations: the caller's own, the released ones, and whatever the rules let them read. */
public enum InvestigationScope {
    /** Investigations the caller is a member of (an InvestigationUser row names them). */
    MINE,
    /** Investigations whose release date has passed. */
    PUBLIC,
    /** Every investigation the caller's rules let them read (root, instrument scientists: many). */
    ALL
}
