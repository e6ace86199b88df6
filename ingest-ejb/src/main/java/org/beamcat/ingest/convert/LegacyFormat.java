package org.beamcat.ingest.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The legacy formats the converter knows, recognised by content rather than by name: beamlines name
 * SPEC files freely ({@code .spec}, {@code .dat}, no extension) and EDF files are not always {@code .edf}.
 */
public enum LegacyFormat {
    SPEC,
    EDF;

    /** How far into a file detection looks: enough for an EDF header's first keys or a SPEC file header. */
    static final int SNIFF_BYTES = 4096;

    private static final Pattern SPEC_KEY_LINE = Pattern.compile("(?m)^#[FES]\\s");
    private static final Pattern EDF_KEY = Pattern.compile("(?i)\\b(DataType|Dim_1|EDF_DataBlockID|EDF_HeaderSize)\\s*=");

    public static Optional<LegacyFormat> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("{") && EDF_KEY.matcher(text).find()) {
            return Optional.of(EDF);
        }
        if (text.startsWith("#") && SPEC_KEY_LINE.matcher(text).find() && !text.contains("\0")) {
            return Optional.of(SPEC);
        }
        return Optional.empty();
    }
}
