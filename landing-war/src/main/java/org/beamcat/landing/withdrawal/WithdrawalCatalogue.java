package org.beamcat.landing.withdrawal;

import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * What withdrawing a DOI needs from the catalogue (the port; {@link IcatWithdrawalCatalogue} is the adapter over
 * icat-client, as the DOI service user): where the DOI lives, and the {@code doi.withdrawn} parameter that marks
 * its tombstone.
 */
public interface WithdrawalCatalogue {

    /** The investigation or data collection carrying this DOI, if any. */
    Optional<DoiHolder> holderOf(Doi doi) throws IcatException;

    /** The recorded withdrawal reason, if the DOI was withdrawn already. */
    Optional<String> reason(DoiHolder holder) throws IcatException;

    /** Records the withdrawal; its createTime is the withdrawal date the tombstone shows. */
    void record(DoiHolder holder, String reason) throws IcatException;
}
