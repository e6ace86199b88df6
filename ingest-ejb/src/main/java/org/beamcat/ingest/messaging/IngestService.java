package org.beamcat.ingest.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.ingest.config.IngestSettings;
import org.beamcat.ingest.registration.CatalogueSession;
import org.beamcat.ingest.registration.DatasetRegistration;
import org.beamcat.messages.DatasetMessageXml;

/** The application-wide pieces the message-driven bean uses: one catalogue session, one registration. */
@ApplicationScoped
public class IngestService {

    @Inject
    IngestSettings settings;

    private DatasetRegistration registration;
    private DeliveryAttempts attempts;
    private final DatasetMessageXml xml = new DatasetMessageXml();

    @PostConstruct
    void init() {
        IcatClient client = IcatClient.create(settings.icatUrl(), Duration.ofSeconds(60));
        registration = new DatasetRegistration(new CatalogueSession(client, settings.icatLogin()),
                settings.dataRoot(), settings.batchSize());
        attempts = new DeliveryAttempts(settings.maxAttempts());
    }

    public DatasetRegistration registration() {
        return registration;
    }

    public DeliveryAttempts attempts() {
        return attempts;
    }

    public DatasetMessageXml xml() {
        return xml;
    }
}
