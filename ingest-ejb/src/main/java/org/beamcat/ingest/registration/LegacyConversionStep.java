package org.beamcat.ingest.registration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.logging.Logger;
import org.beamcat.ingest.config.LegacyConversionSettings;
import org.beamcat.ingest.convert.ConversionResult;
import org.beamcat.ingest.convert.Converter;
import org.beamcat.ingest.nexus.AtomicHdfFile;

/**
 * The registration step before the folder scan: when conversion is switched on for the message's beamline,
 * converts every SPEC and EDF file of the dataset folder to a NeXus HDF5 file beside it
 * ({@link Converter}: atomic, never touching the original, reusing an up-to-date earlier output), so that
 * the scan registers the outputs as datafiles and the master file links them.
 *
 * <p>A file that cannot be converted never stops the registration: the reason is logged and becomes the
 * {@code description} of the original's datafile, where operators and users see it; the original is
 * registered as any other file. Outputs are complete files: when the registration is rejected after this
 * step, they stay beside the originals and a resubmitted message reuses them.
 *
 * <p>Conversions run <b>one at a time</b> across all messages handled in parallel: each may hold
 * {@code beamcat.ingest.convert-max-bytes} of data (about three times that on the heap, see the module
 * README), so the setting bounds the heap ingestion spends on conversion however many messages arrive.
 */
public final class LegacyConversionStep {

    private static final Logger LOG = Logger.getLogger(LegacyConversionStep.class.getName());
    /** ICAT's Datafile.description column holds 255 characters. */
    static final int DESCRIPTION_LENGTH = 255;

    private final LegacyConversionSettings settings;
    private final Function<Path, ConversionResult> converter;
    private final Semaphore oneAtATime = new Semaphore(1, true);

    public LegacyConversionStep(LegacyConversionSettings settings) {
        this(settings, new Converter(settings.converterOptions())::convert);
    }

    LegacyConversionStep(LegacyConversionSettings settings, Function<Path, ConversionResult> converter) {
        this.settings = settings;
        this.converter = converter;
    }

    /** What the step did: the descriptions of the datafiles it has something to say about, by file name. */
    public record Report(List<ConversionResult> results, Map<String, String> descriptions) {

        static final Report NOTHING = new Report(List.of(), Map.of());

        /** The description for the datafile named {@code name} (path relative to the dataset folder), if any. */
        public Optional<String> description(String name) {
            return Optional.ofNullable(descriptions.get(name));
        }
    }

    /**
     * Converts the legacy files below {@code folder} when {@code beamline} is switched on. Throws only when
     * the folder cannot be listed (the message is then tried again, like any scan failure).
     */
    public Report run(String beamline, DatasetFolder folder) throws IOException {
        if (!settings.enabledFor(beamline)) {
            return Report.NOTHING;
        }
        List<ConversionResult> results = new ArrayList<>();
        Map<String, String> descriptions = new HashMap<>();
        int converted = 0;
        int failed = 0;
        for (ScannedFile file : folder.scan(AtomicHdfFile::isTemporary)) {
            Path original = folder.path().resolve(file.name());
            ConversionResult result = convert(original);
            results.add(result);
            String name = file.name();
            switch (result.outcome()) {
                case CONVERTED -> {
                    converted++;
                    Path output = result.output().orElseThrow();
                    String outputName = folder.path().relativize(output).toString().replace('\\', '/');
                    descriptions.put(name, limit("converted to NeXus: " + outputName));
                    descriptions.put(outputName, limit("NeXus conversion of " + name + " (" + Converter.CREATOR + ")"));
                }
                case FAILED -> {
                    failed++;
                    LOG.warning("dataset " + folder.relativeLocation() + ": " + name + " was not converted to NeXus: "
                            + result.reason());
                    descriptions.put(name, limit("NeXus conversion failed: " + withoutFolder(result.reason(), folder)));
                }
                case SKIPPED -> {
                    // files of other formats say nothing; a legacy file that holds nothing to convert says why
                    if (!result.reason().startsWith("not a SPEC or EDF")) {
                        descriptions.put(name, limit("not converted to NeXus: " + result.reason()));
                    }
                }
            }
        }
        LOG.info("dataset " + folder.relativeLocation() + ": " + converted + " legacy files converted to NeXus, "
                + failed + " failed");
        return new Report(List.copyOf(results), Map.copyOf(descriptions));
    }

    private ConversionResult convert(Path original) {
        oneAtATime.acquireUninterruptibly();
        try {
            return converter.apply(original);
        } finally {
            oneAtATime.release();
        }
    }

    /** Reasons name the file by its absolute path; in the catalogue the datafile already says which file it is. */
    private static String withoutFolder(String reason, DatasetFolder folder) {
        String prefix = folder.path().toString() + "/";
        return reason == null ? "unknown reason" : reason.replace(prefix, "");
    }

    private static String limit(String text) {
        return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH - 1) + "…";
    }
}
