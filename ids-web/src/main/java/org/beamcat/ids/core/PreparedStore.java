package org.beamcat.ids.core;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.InfoJson;

/**
 * Prepared selections as files {@code prepared/<preparedId>} in upstream's JSON format (contract 2.12),
 * so a preparedId is a snapshot that survives restarts. Files older than the lifetime are removed.
 */
final class PreparedStore {

    private static final Logger LOG = Logger.getLogger(PreparedStore.class.getName());
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** How old a temporary file must be before the tidier takes it for one a crash left. */
    private static final Duration TEMPORARY_GRACE = Duration.ofMinutes(1);

    private final Path folder;
    private final Duration lifetime;
    private final Clock clock;

    PreparedStore(Path folder, Duration lifetime, Clock clock) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String save(PreparedData prepared) throws InternalException {
        String id = UUID.randomUUID().toString();
        Path temp = folder.resolve(id + ".tmp");
        try {
            Files.writeString(temp, toJson(prepared).toString(), StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InternalException("The prepared data cannot be saved: " + e.getMessage(), e);
        }
        return id;
    }

    PreparedData load(String preparedId) throws NotFoundException, InternalException {
        // The REST layer checks the UUID form first (400); anything else is simply unknown here.
        if (preparedId == null || !UUID_FORM.matcher(preparedId).matches()) {
            throw new NotFoundException("The preparedId " + preparedId + " is not known");
        }
        try (InputStream in = Files.newInputStream(folder.resolve(preparedId)); JsonReader reader = Json.createReader(in)) {
            return fromJson(reader.readObject());
        } catch (NoSuchFileException e) {
            throw new NotFoundException("The preparedId " + preparedId + " is not known");
        } catch (IOException | RuntimeException e) {
            throw new InternalException("The prepared data " + preparedId + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Removes prepared files older than the lifetime, and temporary files left by a crash: those older than a
     * minute, so that a snapshot {@link #save} is writing at this moment is not taken from under it.
     */
    void removeExpired() {
        long oldest = clock.millis() - lifetime.toMillis();
        long oldestTemporary = clock.millis() - TEMPORARY_GRACE.toMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                long modified = Files.getLastModifiedTime(file).toMillis();
                if (file.getFileName().toString().endsWith(".tmp") ? modified < oldestTemporary : modified < oldest) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Removing expired prepared files failed", e);
        }
    }

    private static JsonObject toJson(PreparedData prepared) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        prepared.selection().datasets().forEach(ds -> datasets.add(InfoJson.of(ds)));
        JsonArrayBuilder datafiles = Json.createArrayBuilder();
        prepared.selection().datafiles().forEach(df -> datafiles.add(InfoJson.of(df)));
        return Json.createObjectBuilder()
                .add("zip", prepared.zip())
                .add("compress", prepared.compress())
                .add("dsInfo", datasets)
                .add("dfInfo", datafiles)
                .add("emptyDs", Json.createArrayBuilder(prepared.selection().emptyDatasetIds()))
                .build();
    }

    private static PreparedData fromJson(JsonObject o) {
        List<DsInfo> datasets = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("dsInfo")) {
            datasets.add(InfoJson.dataset(v.asJsonObject()));
        }
        List<DfInfo> datafiles = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("dfInfo")) {
            datafiles.add(InfoJson.datafile(v.asJsonObject()));
        }
        return new PreparedData(o.getBoolean("zip"), o.getBoolean("compress"), new DataSelection(datasets, datafiles));
    }
}
