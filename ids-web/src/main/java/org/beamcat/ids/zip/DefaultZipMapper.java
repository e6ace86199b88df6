package org.beamcat.ids.zip;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.ZipMapper;

/**
 * The contract's default layout: {@code ids/<facility>/<investigation>/<visitId>/<dataset>/<datafile name>},
 * the four middle parts form-encoded (so "N/A" becomes "N%2FA"), the datafile name kept as it is.
 */
public final class DefaultZipMapper implements ZipMapper {

    private static final int PREFIX_PARTS = 5;

    @Override
    public String fullEntryName(DsInfo dataset, DfInfo datafile) {
        return "ids/" + encode(dataset.facilityName()) + "/" + encode(dataset.invName()) + "/"
                + encode(dataset.visitId()) + "/" + encode(dataset.dsName()) + "/" + datafile.dfName();
    }

    @Override
    public String fileName(String fullEntryName) {
        int index = -1;
        for (int i = 0; i < PREFIX_PARTS; i++) {
            index = fullEntryName.indexOf('/', index + 1);
            if (index < 0) {
                throw new IllegalArgumentException("'" + fullEntryName + "' is not an entry name of this layout");
            }
        }
        return fullEntryName.substring(index + 1);
    }

    private static String encode(String part) {
        return URLEncoder.encode(String.valueOf(part), StandardCharsets.UTF_8);
    }
}
