package org.beamcat.landing.config;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beamcat.landing.doi.SuffixPattern;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Settings of the experiment-session DOI job and of the landing pages, read and checked when the
 * application starts (a bad value fails the deployment instead of the first nightly run).
 *
 * @param icatAuthenticator     the authenticator the DOI service logs in with ({@code beamcat.doi.icat.authenticator})
 * @param icatUser              its service user ({@code beamcat.doi.icat.user}); must be able to read every
 *                              investigation and to update {@code Investigation.doi} (a root user, typically)
 * @param icatPassword          the service user's password ({@code beamcat.doi.icat.password}; never logged)
 * @param sessionSuffix         the suffix pattern of experiment-session DOIs ({@code beamcat.doi.session-suffix})
 * @param collectionSuffix      the suffix pattern of data-collection DOIs ({@code beamcat.doi.collection-suffix})
 * @param mintIntervalMinutes   how often the job looks for ended sessions ({@code beamcat.doi.mint-interval-minutes})
 * @param embargoYears          embargo after the session's end when it has no release date ({@code beamcat.doi.embargo-years})
 * @param landingBaseUrl        the public URL of this application, DOIs resolve to {@code <it>/<doi>}
 *                              ({@code beamcat.doi.landing-url}; default {@code <beamcat.icat.url>/doi})
 * @param rootUsers             who may trigger minting by hand: the catalogue's root users ({@code beamcat.icat.root-users})
 */
public record DoiJobSettings(String icatAuthenticator, String icatUser, String icatPassword, SuffixPattern sessionSuffix,
        SuffixPattern collectionSuffix, int mintIntervalMinutes, int embargoYears, URI landingBaseUrl, Set<String> rootUsers) {

    public static final String ICAT_AUTHENTICATOR = "beamcat.doi.icat.authenticator";
    public static final String ICAT_USER = "beamcat.doi.icat.user";
    public static final String ICAT_PASSWORD = "beamcat.doi.icat.password";
    public static final String SESSION_SUFFIX = "beamcat.doi.session-suffix";
    public static final String COLLECTION_SUFFIX = "beamcat.doi.collection-suffix";
    public static final String MINT_INTERVAL_MINUTES = "beamcat.doi.mint-interval-minutes";
    public static final String EMBARGO_YEARS = "beamcat.doi.embargo-years";
    public static final String LANDING_URL = "beamcat.doi.landing-url";
    public static final String ROOT_USERS = "beamcat.icat.root-users";

    private static final Pattern AUTHENTICATOR = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern USER = Pattern.compile("\\P{Cntrl}{1,255}");

    public static DoiJobSettings read(SettingsReader reader, URI icatUrl) {
        String pattern = reader.optionalString(SESSION_SUFFIX).orElse(SuffixPattern.DEFAULT_SESSION);
        SuffixPattern suffix;
        try {
            suffix = SuffixPattern.of(pattern);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SESSION_SUFFIX, e.getMessage());
        }
        SuffixPattern collectionSuffix;
        try {
            collectionSuffix = SuffixPattern.ofCollection(
                    reader.optionalString(COLLECTION_SUFFIX).orElse(SuffixPattern.DEFAULT_COLLECTION));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(COLLECTION_SUFFIX, e.getMessage());
        }
        if (collectionSuffix.expand(1).equalsIgnoreCase(suffix.expand(1))) {
            throw new InvalidSettingException(COLLECTION_SUFFIX, "'" + collectionSuffix
                    + "' would give data collections the DOIs of experiment sessions with the same id");
        }
        Optional<String> landing = reader.optionalString(LANDING_URL);
        URI landingBase = landing.isPresent()
                ? reader.httpUrl(LANDING_URL)
                : URI.create(icatUrl.toString().replaceAll("/+$", "") + "/doi");
        Set<String> roots = reader.optionalString(ROOT_USERS)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        return new DoiJobSettings(
                reader.stringMatching(ICAT_AUTHENTICATOR, null, AUTHENTICATOR, "an authenticator name such as simple"),
                reader.stringMatching(ICAT_USER, null, USER, "a user name"),
                reader.requiredString(ICAT_PASSWORD),
                suffix,
                collectionSuffix,
                reader.intInRange(MINT_INTERVAL_MINUTES, 60, 1, 7 * 24 * 60),
                reader.intInRange(EMBARGO_YEARS, 3, 0, 10),
                URI.create(landingBase.toString().replaceAll("/+$", "")),
                roots);
    }

    /** The service user as ICAT names it, e.g. {@code simple/root}. */
    public String icatUserName() {
        return icatAuthenticator + "/" + icatUser;
    }

    @Override
    public String toString() {
        return "DoiJobSettings[icatUser=" + icatUserName() + ", password=(not shown), sessionSuffix=" + sessionSuffix
                + ", collectionSuffix=" + collectionSuffix + ", mintIntervalMinutes=" + mintIntervalMinutes + ", embargoYears=" + embargoYears
                + ", landingBaseUrl=" + landingBaseUrl + ", rootUsers=" + rootUsers + "]";
    }
}
