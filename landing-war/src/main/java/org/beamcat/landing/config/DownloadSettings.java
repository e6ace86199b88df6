package org.beamcat.landing.config;

import java.net.URI;
import java.util.regex.Pattern;
import org.beamcat.support.config.SettingsReader;

/**
 * How landing pages hand out open data, read and checked at start-up.
 *
 * @param idsUrl                 the IDS as browsers reach it; downloads are redirected to its {@code getData}
 *                               ({@code beamcat.doi.ids-url}; default {@code <beamcat.icat.url>/ids})
 * @param anonymousAuthenticator the catalogue authenticator that logs anyone in as {@code anon}
 *                               ({@code beamcat.doi.anonymous-authenticator}; default {@code anon})
 */
public record DownloadSettings(URI idsUrl, String anonymousAuthenticator) {

    public static final String IDS_URL = "beamcat.doi.ids-url";
    public static final String ANONYMOUS_AUTHENTICATOR = "beamcat.doi.anonymous-authenticator";

    private static final Pattern AUTHENTICATOR = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public static DownloadSettings read(SettingsReader reader, URI icatUrl) {
        URI ids = reader.optionalString(IDS_URL).isPresent() ? reader.httpUrl(IDS_URL)
                : URI.create(icatUrl.toString().replaceAll("/+$", "") + "/ids");
        return new DownloadSettings(URI.create(ids.toString().replaceAll("/+$", "")),
                reader.stringMatching(ANONYMOUS_AUTHENTICATOR, "anon", AUTHENTICATOR, "an authenticator name such as anon"));
    }
}
