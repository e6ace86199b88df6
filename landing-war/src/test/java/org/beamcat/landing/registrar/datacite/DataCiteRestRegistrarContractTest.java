package org.beamcat.landing.registrar.datacite;

import java.time.Duration;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiRegistrarContractTest;
import org.beamcat.landing.registrar.EsrfRecords;
import org.beamcat.landing.registrar.fake.FakeDataCite;
import org.junit.jupiter.api.AfterEach;

/** The DataCite adapter against the fake DataCite server keeps the registrar contract. */
class DataCiteRestRegistrarContractTest extends DoiRegistrarContractTest {

    private final FakeDataCite dataCite = FakeDataCite.start("INIST.ESRF", "s3cret", EsrfRecords.PREFIX);
    private final DataCiteRestRegistrar registrar = new DataCiteRestRegistrar(
            new DataCiteSettings(dataCite.url(), "INIST.ESRF", "s3cret",
                    new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)), Duration.ofSeconds(5)),
            VALIDATOR);

    @AfterEach
    void stop() {
        dataCite.close();
    }

    @Override
    protected DoiRegistrar registrar() {
        return registrar;
    }

    @Override
    protected int doiCount() {
        return dataCite.doiCount();
    }
}
