package org.beamcat.ingest.convert;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.beamcat.ingest.convert.edf.EdfConversion;
import org.beamcat.ingest.convert.spec.SpecConversion;
import org.beamcat.ingest.nexus.Hdf5Signature;

/**
 * Converts one legacy raw file (SPEC or EDF) to a NeXus HDF5 file beside it, named
 * {@code <original name>.h5}. The original is only read. The output appears complete or not at all, and
 * never replaces a file this converter did not write: a foreign {@code <original name>.h5} fails the
 * conversion and stays as it is.
 * Never throws for a problem of the file: every outcome is a {@link ConversionResult}, so that ingestion
 * can register the original whatever happens. Thread-safe; one conversion holds up to
 * {@link ConverterOptions#maxBytes()} of data in memory while it runs.
 */
public final class Converter {

    public static final String CREATOR = "BeamCat legacy converter";
    public static final String OUTPUT_SUFFIX = ".h5";

    private final SpecConversion spec;
    private final EdfConversion edf;

    public Converter(ConverterOptions options) {
        this.spec = new SpecConversion(options);
        this.edf = new EdfConversion(options);
    }

    /** Where the conversion of {@code original} is written. */
    public static Path outputFor(Path original) {
        return original.resolveSibling(original.getFileName() + OUTPUT_SUFFIX);
    }

    public ConversionResult convert(Path original) {
        Path target = outputFor(original);
        try {
            if (!Files.isRegularFile(original)) {
                return ConversionResult.failed(original, new IOException(original + " is not a regular file"));
            }
            Optional<LegacyFormat> format = LegacyFormat.detect(original);
            if (format.isEmpty()) {
                return ConversionResult.skipped(original, "not a SPEC or EDF file");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!isOurs(target)) {
                    return ConversionResult.failed(original, new FileAlreadyExistsException(target.toString(), null,
                            "already exists and is not a conversion by " + CREATOR + "; it is left alone"));
                }
                if (isUpToDate(original, target)) {
                    // A redelivered ingestion message: the earlier output is complete (it was renamed into place).
                    return ConversionResult.converted(original, target);
                }
            }
            switch (format.get()) {
                case SPEC -> {
                    if (!spec.convert(original, target, CREATOR)) {
                        return ConversionResult.skipped(original, "the SPEC file holds no scan");
                    }
                }
                case EDF -> edf.convert(original, target, CREATOR);
            }
            return ConversionResult.converted(original, target);
        } catch (ConversionException | IOException e) {
            return ConversionResult.failed(original, e);
        } catch (RuntimeException e) {
            // jhdf's writer is young ("alpha") and reports its failures unchecked; a file must not stop ingestion.
            return ConversionResult.failed(original, new IOException("writing " + target + " failed: " + e, e));
        }
    }

    /** Whether the file is an HDF5 file whose root says this converter wrote it. */
    static boolean isOurs(Path target) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !Hdf5Signature.matches(target)) {
            return false;
        }
        try (HdfFile file = new HdfFile(target)) {
            Attribute creator = file.getAttribute("creator");
            return creator != null && CREATOR.equals(creator.getData());
        } catch (RuntimeException e) {
            return false; // unreadable: not something we wrote completely
        }
    }

    private static boolean isUpToDate(Path original, Path target) throws IOException {
        return Files.isRegularFile(target)
                && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(original)) >= 0;
    }
}
