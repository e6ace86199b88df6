package org.beamcat.ids.zip;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.ZipMapper;

/**
 * The contract's default layout: {@code ids/<facility>/<investigation>/<visitId>/<dataset>/<datafile name>},
 * the four middle parts form-encoded (so "N/A" becomes "N%2FA"), the datafile name kept as it is (its
 * '/' make sub-folders) except where it could lead an unzip tool outside the folder it unpacks into:
 * backslashes become '/', control characters '_', empty and "." segments are dropped and ".." segments
 * become "%2E%2E". No entry name this mapper makes is absolute or climbs out of {@code ids/}. Restore
 * compares names after the same mapping, so archives of such datafiles still restore.
 */
public final class DefaultZipMapper implements ZipMapper {

    private static final int PREFIX_PARTS = 5;

    @Override
    public String fullEntryName(DsInfo dataset, DfInfo datafile) {
        return "ids/" + encode(dataset.facilityName()) + "/" + encode(dataset.invName()) + "/"
                + encode(dataset.visitId()) + "/" + encode(dataset.dsName()) + "/" + safeName(datafile.dfName());
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

    /** A datafile name as a relative path that stays where it is unpacked. */
    static String safeName(String name) {
        StringBuilder cleaned = new StringBuilder();
        String text = String.valueOf(name);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cleaned.append(c == '\\' ? '/' : Character.isISOControl(c) ? '_' : c);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : cleaned.toString().split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            segments.add(segment.equals("..") ? "%2E%2E" : segment);
        }
        return segments.isEmpty() ? "_" : String.join("/", segments);
    }

    private static String encode(String part) {
        String encoded = URLEncoder.encode(String.valueOf(part), StandardCharsets.UTF_8);
        // URLEncoder leaves dots alone: a dataset called ".." must not become a parent-folder step.
        return encoded.equals(".") || encoded.equals("..") ? encoded.replace(".", "%2E") : encoded;
    }
}
