package org.beamcat.ingest.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.ingest.convert.ConverterOptions;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Which beamlines get their SPEC and EDF files converted to NeXus during ingestion, and the limits of
 * a conversion.
 *
 * @param allBeamlines {@code beamcat.ingest.convert-legacy = *} (or {@code all}; {@code none} is the same as empty)
 * @param beamlines    the listed beamlines, lower case; empty (the default) means conversion is off
 * @param maxBytes     {@code beamcat.ingest.convert-max-bytes}: data one conversion may hold in memory
 * @param timeZone     {@code beamcat.ingest.convert-time-zone}: the zone SPEC's local {@code #D} times are in
 */
public record LegacyConversionSettings(boolean allBeamlines, Set<String> beamlines, long maxBytes, ZoneId timeZone) {

    public static final String CONVERT_LEGACY = "beamcat.ingest.convert-legacy";
    public static final String MAX_BYTES = "beamcat.ingest.convert-max-bytes";
    public static final String TIME_ZONE = "beamcat.ingest.convert-time-zone";

    /**
     * A conversion peaks at about three times its data on the heap (measured, see ingest-ejb/README.md):
     * 64 MiB of data stays near 200 MiB, which Payara's default 512 MiB heap can spare for one conversion.
     */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    static final long MIN_MAX_BYTES = 1L << 10;
    static final long MAX_MAX_BYTES = 64L << 30;

    private static final Pattern BEAMLINE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern BYTES = Pattern.compile("(\\d{1,15})\\s*(|B|KiB|MiB|GiB)", Pattern.CASE_INSENSITIVE);

    public LegacyConversionSettings {
        beamlines = Set.copyOf(beamlines);
    }

    /** Conversion switched off for every beamline (the default). */
    public static LegacyConversionSettings off() {
        return new LegacyConversionSettings(false, Set.of(), DEFAULT_MAX_BYTES, ZoneId.systemDefault());
    }

    public static LegacyConversionSettings read(SettingsReader reader) {
        String list = reader.optionalString(CONVERT_LEGACY).orElse("").strip();
        // "all" and "none" say it in words; no beamline is named so
        boolean all = list.equals("*") || list.equalsIgnoreCase("all");
        boolean none = list.equalsIgnoreCase("none");
        return new LegacyConversionSettings(all, all || none ? Set.of() : beamlines(list), maxBytes(reader),
                timeZone(reader));
    }

    /** Whether files of this beamline (as named in the dataset message) are converted. */
    public boolean enabledFor(String beamline) {
        return allBeamlines || beamline != null && beamlines.contains(beamline.strip().toLowerCase(Locale.ROOT));
    }

    public ConverterOptions converterOptions() {
        return new ConverterOptions(maxBytes, timeZone);
    }

    private static Set<String> beamlines(String list) {
        Set<String> names = new LinkedHashSet<>();
        if (list.isEmpty()) {
            return names;
        }
        for (String raw : list.split(",", -1)) {
            String name = raw.strip();
            if (!BEAMLINE.matcher(name).matches() || name.equalsIgnoreCase("all") || name.equalsIgnoreCase("none")) {
                throw new InvalidSettingException(CONVERT_LEGACY, "'" + name + "' is not a beamline name; expected"
                        + " '*' (or 'all'), 'none', or beamline names separated by commas, e.g. 'id01, bm05'");
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static long maxBytes(SettingsReader reader) {
        String raw = reader.optionalString(MAX_BYTES).orElse(null);
        if (raw == null) {
            return DEFAULT_MAX_BYTES;
        }
        Matcher m = BYTES.matcher(raw);
        if (!m.matches()) {
            throw new InvalidSettingException(MAX_BYTES, "'" + raw + "' is not a size such as 268435456, 256MiB or 2GiB");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "kib" -> 10;
            case "mib" -> 20;
            case "gib" -> 30;
            default -> 0;
        };
        long value = Long.parseLong(m.group(1));
        if (value > MAX_MAX_BYTES >> shift || value << shift < MIN_MAX_BYTES) {
            throw new InvalidSettingException(MAX_BYTES, "'" + raw + "' is outside the allowed range 1KiB..64GiB");
        }
        return value << shift;
    }

    private static ZoneId timeZone(SettingsReader reader) {
        String raw = reader.optionalString(TIME_ZONE).orElse(null);
        if (raw == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new InvalidSettingException(TIME_ZONE, "'" + raw + "' is not a time zone such as Europe/Paris");
        }
    }
}
