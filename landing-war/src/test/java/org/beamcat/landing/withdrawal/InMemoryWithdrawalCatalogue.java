package org.beamcat.landing.withdrawal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * The in-memory {@link WithdrawalCatalogue} of the use-case tests: the holders of DOIs and the recorded reasons.
 * {@link #recordFails} makes the next {@link #record} fail, as a catalogue that is down would.
 */
final class InMemoryWithdrawalCatalogue implements WithdrawalCatalogue {

    private final Map<Doi, DoiHolder> holders = new HashMap<>();
    final Map<DoiHolder, String> reasons = new HashMap<>();
    final List<DoiHolder> records = new ArrayList<>();
    boolean recordFails;

    InMemoryWithdrawalCatalogue holder(Doi doi, DoiHolder holder) {
        holders.put(doi, holder);
        return this;
    }

    @Override
    public Optional<DoiHolder> holderOf(Doi doi) {
        return Optional.ofNullable(holders.get(doi));
    }

    @Override
    public Optional<String> reason(DoiHolder holder) {
        return Optional.ofNullable(reasons.get(holder));
    }

    @Override
    public void record(DoiHolder holder, String reason) throws IcatException {
        if (recordFails) {
            recordFails = false;
            throw new IcatException("the catalogue did not answer", null);
        }
        records.add(holder);
        reasons.put(holder, reason);
    }
}
