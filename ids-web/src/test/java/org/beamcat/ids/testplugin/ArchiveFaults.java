package org.beamcat.ids.testplugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Makes archive calls fail at a rate read from a file on every call, the way ids.storage_test's reliability
 * file lets the reference suite provoke tape failures: a test or a demonstration switches failures on and
 * off without redeploying. The file holds one decimal number between 0 (never fail, also when the file is
 * absent) and 1 (always fail). A file that holds anything else fails every call, so a typo is noticed.
 */
public final class ArchiveFaults {

    private static final ArchiveFaults NONE = new ArchiveFaults(Optional.empty(), RandomGenerator.getDefault());

    private final Optional<Path> rateFile;
    private final RandomGenerator random;

    private ArchiveFaults(Optional<Path> rateFile, RandomGenerator random) {
        this.rateFile = rateFile;
        this.random = random;
    }

    public static ArchiveFaults none() {
        return NONE;
    }

    public static ArchiveFaults fromFile(Path rateFile, RandomGenerator random) {
        return new ArchiveFaults(Optional.of(rateFile), random);
    }

    /** Throws as often as the file says; {@code call} names the archive call in the message. */
    public void maybeFail(String call) throws IOException {
        if (rateFile.isEmpty()) {
            return;
        }
        double rate = rate(rateFile.get());
        if (rate > 0 && random.nextDouble() < rate) {
            throw new IOException("Injected archive failure (rate " + rate + " from " + rateFile.get() + ") in " + call);
        }
    }

    private static double rate(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return 0;
        }
        try {
            double rate = Double.parseDouble(text);
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw new IOException("The archive failure-rate file " + file + " holds '" + text
                + "', not a number between 0 and 1");
    }
}
