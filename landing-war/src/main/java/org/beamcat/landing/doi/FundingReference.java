package org.beamcat.landing.doi;

/**
 * Who paid for the work; at ESRF the facility itself (ROR 02550n020), with the proposal as the award.
 *
 * @param funderName mandatory in kernel-4 whenever a funding reference is given
 */
public record FundingReference(String funderName, String funderIdentifier, String funderIdentifierType,
        String awardNumber, String awardUri, String awardTitle) {
}
