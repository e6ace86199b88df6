package org.beamcat.landing.config;

import java.net.URI;
import java.util.regex.Pattern;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of the DOI service, read and validated when the application starts.
 *
 * @param doiPrefix the DOI prefix this facility mints under ({@code beamcat.doi.prefix}; 10.5072 is DataCite's test prefix)
 * @param publisher the publisher named on landing pages and in DataCite metadata ({@code beamcat.doi.publisher})
 * @param icatUrl   the catalogue's host URL, without {@code /icat} ({@code beamcat.icat.url})
 */
public record LandingSettings(String doiPrefix, String publisher, URI icatUrl) {

    public static final String DOI_PREFIX = "beamcat.doi.prefix";
    public static final String PUBLISHER = "beamcat.doi.publisher";
    public static final String ICAT_URL = "beamcat.icat.url";

    private static final Pattern PREFIX = Pattern.compile("10\\.\\d{4,9}");
    private static final Pattern PRINTABLE = Pattern.compile("\\P{Cntrl}{1,255}");

    public static LandingSettings read(SettingsReader reader) {
        return new LandingSettings(
                reader.stringMatching(DOI_PREFIX, "10.5072", PREFIX, "a DOI prefix such as 10.15151"),
                reader.stringMatching(PUBLISHER, "BeamCat", PRINTABLE, "a one-line name of at most 255 characters"),
                reader.httpUrl(ICAT_URL));
    }
}
