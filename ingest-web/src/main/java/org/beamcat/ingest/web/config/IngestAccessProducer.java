package org.beamcat.ingest.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.ServiceSession;
import org.beamcat.ingest.web.access.IcatCatalogueSessions;
import org.beamcat.ingest.web.access.IngestAccess;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@link IngestWebSettings} when the application starts (a bad value fails the deployment with a
 * message naming the key) and builds the one {@link IngestAccess} of the application.
 */
@ApplicationScoped
public class IngestAccessProducer {

    private static final Logger LOG = Logger.getLogger(IngestAccessProducer.class.getName());
    /** A session check must not hold a producer long; the catalogue answers these in milliseconds. */
    private static final Duration CATALOGUE_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Config config;

    private IngestAccess access;

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object started) {
        IngestWebSettings settings = IngestWebSettings.read(SettingsReader.of(config));
        IcatClient icat = IcatClient.create(settings.icatUrl(), CATALOGUE_TIMEOUT);
        ServiceSession serviceAccount = settings.serviceAccount().map(account -> ServiceSession.of(icat,
                account.authenticator(), account.user(), account.password())).orElse(null);
        access = new IngestAccess(settings.producerTokens(), new IcatCatalogueSessions(icat, serviceAccount),
                settings.rootUsers(), settings.producerGrouping(), settings.sessionCacheTime());
        LOG.info(() -> "ingest producers: " + settings.producerTokens().size() + " shared secret(s) "
                + settings.producerTokens().names() + ", catalogue root users " + settings.rootUsers()
                + settings.producerGrouping().map(g -> ", members of grouping '" + g + "'").orElse(""));
    }

    @Produces
    IngestAccess access() {
        return access;
    }
}
