package org.beamcat.landing.registrar.offline;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.RegistrarException.Kind;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * One JSON file per DOI in a directory, written atomically (a temporary file in the same directory, flushed
 * to disk, then renamed over the old one), so a crash leaves either the old record or the new one, never a
 * half-written file. Names are the DOI with every character other than letters, digits, {@code .}, {@code _}
 * and {@code -} written as {@code %XX} ({@code 10.5072%2FBEAMCAT-ES-42.json}); a DOI whose name would be too
 * long for a file system gets {@code sha256-<hex>.json}. Each file also holds its DOI, which is checked on
 * reading. Temporary files start with a dot and are never read as records.
 */
final class OfflineDoiFiles {

    private static final Logger LOG = Logger.getLogger(OfflineDoiFiles.class.getName());
    private static final String SUFFIX = ".json";
    private static final String TEMPORARY_PREFIX = ".tmp-";
    private static final int MAX_NAME = 200;

    private final Path directory;

    /** Opens the directory and removes temporary files an interrupted write left behind. */
    OfflineDoiFiles(Path directory) {
        this.directory = directory;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, TEMPORARY_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
                LOG.info("removed " + leftover + ", left by an interrupted write of the offline DOI registrar");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the offline DOI registrar's directory " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    /** The stored record of this DOI, if there is one. */
    Optional<JsonObject> read(Doi doi) {
        Path file = fileOf(doi);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RegistrarException(Kind.UNAVAILABLE, 0, "cannot read " + file + ": " + e.getMessage(),
                    "offline registrar", e);
        }
        JsonObject record;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            record = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RegistrarException(Kind.UNEXPECTED, 0, file + " is not a DOI record: " + e.getMessage(),
                    "offline registrar", e);
        }
        String stored = record.getString("doi", "");
        if (!stored.equals(doi.toString())) {
            throw new RegistrarException(Kind.UNEXPECTED, "offline registrar: " + file + " holds '" + stored
                    + "', not " + doi);
        }
        try {
            DoiState.fromApiName(record.getString("state"));
            record.getJsonObject("attributes").size();
        } catch (RuntimeException e) {
            throw new RegistrarException(Kind.UNEXPECTED, 0, file + " has no valid state and attributes: " + e,
                    "offline registrar", e);
        }
        return Optional.of(record);
    }

    /** Replaces the record of {@code doi} with this one, all at once. */
    void write(Doi doi, JsonObject record) {
        Path target = fileOf(doi);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, SUFFIX);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(record.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            syncDirectory();
        } catch (IOException e) {
            // Transient on purpose (a full disk, say): the minting is resumed later, nothing was half-written.
            throw new RegistrarException(Kind.UNAVAILABLE, 0, "cannot write " + target + ": " + e,
                    "offline registrar", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warning("could not remove " + temporary + ": " + e.getMessage());
                }
            }
        }
    }

    /** How many DOI records the directory holds. */
    int count() {
        int count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                if (!file.getFileName().toString().startsWith(".")) {
                    count++;
                }
            }
        } catch (IOException e) {
            throw new RegistrarException(Kind.UNAVAILABLE, 0, "cannot list " + directory + ": " + e.getMessage(),
                    "offline registrar", e);
        }
        return count;
    }

    /** The file a DOI's record lives in. */
    Path fileOf(Doi doi) {
        String name = doi.toString();
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '.' && encoded.length() > 0 || c == '_' || c == '-';
            if (plain) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        if (encoded.length() > MAX_NAME) {
            return directory.resolve("sha256-" + sha256(name) + SUFFIX);
        }
        return directory.resolve(encoded + SUFFIX);
    }

    private void syncDirectory() {
        // Makes the rename itself durable; not every platform can open a directory, and then the rename is
        // as durable as that platform makes it.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.fine("directory sync not available: " + e.getMessage());
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
