package org.beamcat.ingest.web.config;

import org.beamcat.icat.client.RootUsers;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.beamcat.ingest.web.access.ProducerTokens;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of ingest-web ({@code /ingest}), read and validated when the application starts.
 *
 * @param icatUrl the catalogue's host URL, without {@code /icat} ({@code beamcat.icat.url})
 * @param rootUsers catalogue root users: operators, and producers ({@code beamcat.icat.root-users})
 * @param producerTokens the producers' shared secrets as SHA-256 hashes ({@code beamcat.ingest.producer-tokens})
 * @param producerGrouping catalogue grouping whose members may ingest ({@code beamcat.ingest.producer-grouping})
 * @param sessionCacheTime how long an accepted producer session is trusted without asking the catalogue
 *                 again ({@code beamcat.ingest.producer-session-cache-seconds})
 * @param serviceAccount the catalogue account grouping membership is checked with (ingestion's,
 *                 {@code beamcat.ingest.icat.*}); required only with a producer grouping
 */
public record IngestWebSettings(URI icatUrl, Set<String> rootUsers, ProducerTokens producerTokens,
        Optional<String> producerGrouping, Duration sessionCacheTime, Optional<ServiceAccount> serviceAccount) {

    public static final String ICAT_URL = "beamcat.icat.url";
    public static final String ROOT_USERS = "beamcat.icat.root-users";
    public static final String PRODUCER_TOKENS = "beamcat.ingest.producer-tokens";
    public static final String PRODUCER_GROUPING = "beamcat.ingest.producer-grouping";
    public static final String SESSION_CACHE_SECONDS = "beamcat.ingest.producer-session-cache-seconds";
    public static final String ICAT_AUTHENTICATOR = "beamcat.ingest.icat.authenticator";
    public static final String ICAT_USER = "beamcat.ingest.icat.user";
    public static final String ICAT_PASSWORD = "beamcat.ingest.icat.password";

    private static final Pattern GROUPING = Pattern.compile("[A-Za-z0-9_. -]{1,255}");
    private static final Pattern AUTHENTICATOR = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** The catalogue login grouping checks use; the password never appears in {@link #toString()}. */
    public record ServiceAccount(String authenticator, String user, String password) {
        @Override
        public String toString() {
            return authenticator + "/" + user + " (password not shown)";
        }
    }

    public static IngestWebSettings read(SettingsReader reader) {
        Optional<String> grouping = reader.optionalString(PRODUCER_GROUPING).map(String::strip)
                .filter(name -> !name.isEmpty());
        if (grouping.isPresent() && !GROUPING.matcher(grouping.get()).matches()) {
            throw new InvalidSettingException(PRODUCER_GROUPING, "expected the name of a catalogue grouping "
                    + "(letters, digits, space, _ . -), got '" + grouping.get() + "'");
        }
        Optional<ServiceAccount> account = grouping.isEmpty() ? Optional.empty() : Optional.of(new ServiceAccount(
                reader.stringMatching(ICAT_AUTHENTICATOR, "simple", AUTHENTICATOR, "an authenticator name such as simple"),
                reader.requiredString(ICAT_USER), reader.requiredString(ICAT_PASSWORD)));
        Set<String> roots = RootUsers.parse(reader.optionalString(ROOT_USERS).orElse("")).names();
        return new IngestWebSettings(reader.httpUrl(ICAT_URL), roots,
                ProducerTokens.parse(PRODUCER_TOKENS, reader.optionalString(PRODUCER_TOKENS).orElse("")), grouping,
                Duration.ofSeconds(reader.intInRange(SESSION_CACHE_SECONDS, 60, 0, 3600)), account);
    }
}
