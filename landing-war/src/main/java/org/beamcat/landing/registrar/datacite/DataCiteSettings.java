package org.beamcat.landing.registrar.datacite;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * How to reach DataCite's REST API, read and validated when the registrar is first needed.
 *
 * @param apiUrl       {@code beamcat.doi.datacite.url}; defaults to the test system, so production must be chosen explicitly
 * @param repositoryId {@code beamcat.doi.datacite.repository-id}, the repository (client) account, e.g. {@code INIST.ESRF}
 * @param password     {@code beamcat.doi.datacite.password}
 * @param retry        {@code beamcat.doi.datacite.max-attempts}, {@code .initial-delay-ms}, {@code .max-delay-ms}
 * @param timeout      {@code beamcat.doi.datacite.timeout-seconds}, for connecting and for each answer
 */
public record DataCiteSettings(URI apiUrl, String repositoryId, String password, RetryPolicy retry,
        Duration timeout) {

    public static final String URL = "beamcat.doi.datacite.url";
    public static final String REPOSITORY_ID = "beamcat.doi.datacite.repository-id";
    public static final String PASSWORD = "beamcat.doi.datacite.password";
    public static final String MAX_ATTEMPTS = "beamcat.doi.datacite.max-attempts";
    public static final String INITIAL_DELAY_MS = "beamcat.doi.datacite.initial-delay-ms";
    public static final String MAX_DELAY_MS = "beamcat.doi.datacite.max-delay-ms";
    public static final String TIMEOUT_SECONDS = "beamcat.doi.datacite.timeout-seconds";

    public static final URI TEST_API = URI.create("https://api.test.datacite.org");

    // DataCite repository ids are "<provider>.<repository>", case-insensitive.
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9-]+\\.[A-Za-z0-9._-]+");

    public static DataCiteSettings read(SettingsReader reader) {
        URI url = reader.optionalString(URL).isPresent() ? reader.httpUrl(URL) : TEST_API;
        String repositoryId = reader.requiredString(REPOSITORY_ID);
        if (!REPOSITORY.matcher(repositoryId).matches()) {
            throw new InvalidSettingException(REPOSITORY_ID,
                    "'" + repositoryId + "' is not a DataCite repository id such as INIST.ESRF");
        }
        String password = reader.requiredString(PASSWORD);
        int attempts = reader.intInRange(MAX_ATTEMPTS, 6, 1, 20);
        int initialMs = reader.intInRange(INITIAL_DELAY_MS, 1_000, 1, 600_000);
        int maxMs = reader.intInRange(MAX_DELAY_MS, 60_000, 1, 3_600_000);
        if (maxMs < initialMs) {
            throw new InvalidSettingException(MAX_DELAY_MS,
                    maxMs + " is shorter than " + INITIAL_DELAY_MS + " (" + initialMs + ")");
        }
        int timeoutSeconds = reader.intInRange(TIMEOUT_SECONDS, 30, 1, 600);
        return new DataCiteSettings(url, repositoryId, password,
                new RetryPolicy(attempts, Duration.ofMillis(initialMs), Duration.ofMillis(maxMs)),
                Duration.ofSeconds(timeoutSeconds));
    }

    /** Never prints the password: settings are logged at startup. */
    @Override
    public String toString() {
        return "DataCiteSettings[apiUrl=" + apiUrl + ", repositoryId=" + repositoryId + ", password=***, retry="
                + retry + ", timeout=" + timeout + "]";
    }
}
