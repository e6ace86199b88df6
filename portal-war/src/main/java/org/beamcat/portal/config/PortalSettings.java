package org.beamcat.portal.config;

import java.net.URI;
import java.time.Duration;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of the data portal, read and validated when the application starts.
 *
 * @param icatUrl           the catalogue's host URL, without {@code /icat} ({@code beamcat.icat.url}, shared with the
 *                          other modules)
 * @param idsUrl            the IDS as the server reaches it ({@code beamcat.portal.ids-url}; default
 *                          {@code <beamcat.icat.url>/ids})
 * @param pageSize          rows per page of every list ({@code beamcat.portal.page-size}, 5 to 200, default 25)
 * @param refreshAfter      how long after the last refresh of the caller's catalogue session an active request
 *                          refreshes it again ({@code beamcat.portal.session-refresh-seconds}, 30 to 3600, default 300)
 * @param anonAuthenticator the authenticator offered as "Browse public data", without a form
 *                          ({@code beamcat.portal.anonymous-authenticator}, default {@code anon})
 */
public record PortalSettings(URI icatUrl, URI idsUrl, int pageSize, Duration refreshAfter, String anonAuthenticator) {

    public static final String ICAT_URL = "beamcat.icat.url";
    public static final String IDS_URL = "beamcat.portal.ids-url";
    public static final String PAGE_SIZE = "beamcat.portal.page-size";
    public static final String REFRESH_SECONDS = "beamcat.portal.session-refresh-seconds";
    public static final String ANON_AUTHENTICATOR = "beamcat.portal.anonymous-authenticator";

    public static PortalSettings read(SettingsReader reader) {
        URI icat = reader.httpUrl(ICAT_URL);
        URI ids = reader.optionalString(IDS_URL).isPresent() ? reader.httpUrl(IDS_URL)
                : URI.create(icat.toString().replaceAll("/+$", "") + "/ids");
        return new PortalSettings(icat, URI.create(ids.toString().replaceAll("/+$", "")),
                reader.intInRange(PAGE_SIZE, 25, 5, 200),
                Duration.ofSeconds(reader.intInRange(REFRESH_SECONDS, 300, 30, 3600)),
                reader.stringMatching(ANON_AUTHENTICATOR, "anon", java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}"),
                        "an authenticator name such as anon"));
    }
}
