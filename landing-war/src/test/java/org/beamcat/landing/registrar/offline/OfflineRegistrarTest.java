package org.beamcat.landing.registrar.offline;

import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiRegistrarContractTest;

/** The offline registrar keeps the same contract as DataCite, so local runs behave like production. */
class OfflineRegistrarTest extends DoiRegistrarContractTest {

    private final OfflineRegistrar registrar = new OfflineRegistrar(VALIDATOR);

    @Override
    protected DoiRegistrar registrar() {
        return registrar;
    }

    @Override
    protected int doiCount() {
        return registrar.size();
    }
}
