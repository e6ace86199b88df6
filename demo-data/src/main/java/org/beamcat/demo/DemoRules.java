package org.beamcat.demo;

import java.util.List;

/**
 * The access rules a facility really uses: everyone logged in reads the reference data; investigation
 * members read their investigations and everything below them; nobody else does. Root users need no rule.
 */
final class DemoRules {

    /** "u.name = :user" reached from an investigation variable {@code i}. */
    private static final String MEMBER = " JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user";

    static final List<String> READ_FOR_EVERYONE = List.of(
            "SELECT x FROM Facility x", "SELECT x FROM Instrument x", "SELECT x FROM InvestigationType x",
            "SELECT x FROM DatasetType x", "SELECT x FROM DatafileFormat x", "SELECT x FROM ParameterType x",
            "SELECT x FROM User x");

    static final List<String> READ_FOR_MEMBERS = List.of(
            "SELECT i FROM Investigation i" + MEMBER,
            "SELECT x FROM InvestigationUser x JOIN x.investigation i" + MEMBER,
            "SELECT x FROM InvestigationInstrument x JOIN x.investigation i" + MEMBER,
            "SELECT x FROM Sample x JOIN x.investigation i" + MEMBER,
            "SELECT x FROM Dataset x JOIN x.investigation i" + MEMBER,
            "SELECT x FROM DatasetParameter x JOIN x.dataset ds JOIN ds.investigation i" + MEMBER,
            "SELECT x FROM Datafile x JOIN x.dataset ds JOIN ds.investigation i" + MEMBER,
            "SELECT x FROM DatafileParameter x JOIN x.datafile df JOIN df.dataset ds JOIN ds.investigation i" + MEMBER);

    private DemoRules() {
    }
}
