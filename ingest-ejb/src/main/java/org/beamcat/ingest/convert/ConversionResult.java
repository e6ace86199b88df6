package org.beamcat.ingest.convert;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one original file. Ingestion registers the original in every case, and the
 * {@link #output()} as well when there is one.
 *
 * @param original the legacy file, never modified
 * @param outcome  converted, skipped (not a legacy format, or already converted) or failed
 * @param output   the HDF5 file beside the original, present only when converted
 * @param reason   why it was skipped or failed; empty when converted
 * @param cause    the typed error of a failure ({@link LegacyFormatException}, {@link ConversionLimitException}
 *                 or an {@link java.io.IOException}); null otherwise
 */
public record ConversionResult(Path original, Outcome outcome, Optional<Path> output, String reason, Exception cause) {

    public enum Outcome { CONVERTED, SKIPPED, FAILED }

    public ConversionResult {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(reason, "reason");
    }

    public static ConversionResult converted(Path original, Path output) {
        return new ConversionResult(original, Outcome.CONVERTED, Optional.of(output), "", null);
    }

    public static ConversionResult skipped(Path original, String reason) {
        return new ConversionResult(original, Outcome.SKIPPED, Optional.empty(), reason, null);
    }

    public static ConversionResult failed(Path original, Exception cause) {
        return new ConversionResult(original, Outcome.FAILED, Optional.empty(), cause.getMessage(), cause);
    }

    public boolean isConverted() {
        return outcome == Outcome.CONVERTED;
    }
}
