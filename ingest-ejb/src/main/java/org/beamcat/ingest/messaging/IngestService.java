package org.beamcat.ingest.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.ingest.config.IngestSettings;
import org.beamcat.ingest.registration.CataloguePorts;
import org.beamcat.ingest.registration.CatalogueSession;
import org.beamcat.ingest.registration.DatasetMetadataUpdate;
import org.beamcat.ingest.registration.DatasetRegistration;
import org.beamcat.ingest.registration.IcatInvestigationCatalogue;
import org.beamcat.ingest.registration.DatasetRescan;
import org.beamcat.ingest.registration.InvestigationSync;
import org.beamcat.ingest.registration.LegacyConversionStep;
import org.beamcat.ingest.registration.MasterFileRefresh;
import org.beamcat.messages.DataFilesJson;
import org.beamcat.messages.DatasetMessageXml;
import org.beamcat.messages.UpdateDatasetMetadataJson;

/** The application-wide pieces the message-driven beans use: one catalogue session and the use cases on it. */
@ApplicationScoped
public class IngestService {

    @Inject
    IngestSettings settings;

    private IcatClient client;
    private DatasetRegistration registration;
    private InvestigationSync investigations;
    private DatasetMetadataUpdate metadataUpdate;
    private DatasetRescan rescan;
    private DeliveryAttempts attempts;
    private final DatasetMessageXml xml = new DatasetMessageXml();
    private final UpdateDatasetMetadataJson updateJson = new UpdateDatasetMetadataJson();
    private final DataFilesJson dataFilesJson = new DataFilesJson();

    @PostConstruct
    void init() {
        client = IcatClient.create(settings.icatUrl(), Duration.ofSeconds(60));
        CatalogueSession catalogue = new CatalogueSession(client, settings.icatLogin());
        registration = new DatasetRegistration(catalogue, settings.dataRoot(), settings.batchSize(),
                settings.checksum(), new LegacyConversionStep(settings.legacyConversion()), settings.folderLayouts());
        investigations = new InvestigationSync(new IcatInvestigationCatalogue(catalogue));
        CataloguePorts ports = CataloguePorts.over(catalogue);
        metadataUpdate = new DatasetMetadataUpdate(ports, settings.dataRoot(),
                new MasterFileRefresh(ports, settings.dataRoot(), settings.checksum(), settings.batchSize()));
        rescan = new DatasetRescan(ports, settings.dataRoot(), settings.batchSize(), settings.checksum());
        attempts = new DeliveryAttempts(settings.maxAttempts());
    }

    /** The catalogue client, for health checks. */
    public IcatClient client() {
        return client;
    }

    public DatasetRegistration registration() {
        return registration;
    }

    public InvestigationSync investigations() {
        return investigations;
    }

    public DatasetMetadataUpdate metadataUpdate() {
        return metadataUpdate;
    }

    public DatasetRescan rescan() {
        return rescan;
    }

    public DeliveryAttempts attempts() {
        return attempts;
    }

    public DatasetMessageXml xml() {
        return xml;
    }

    public UpdateDatasetMetadataJson updateJson() {
        return updateJson;
    }

    public DataFilesJson dataFilesJson() {
        return dataFilesJson;
    }
}
