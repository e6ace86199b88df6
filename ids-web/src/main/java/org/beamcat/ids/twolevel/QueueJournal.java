package org.beamcat.ids.twolevel;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The queue's durable state in one small JSON file, rewritten whole on every change: written to a
 * temporary file, forced to disk, then atomically moved over the old one. A crash therefore leaves either
 * the old or the new state, never a torn one. It holds queued and running entries, write markers
 * (unwritten data that must not be evicted) and recorded restore failures.
 */
final class QueueJournal {

    /** The durable state. */
    record Snapshot(List<QueueEntry> entries, Set<Long> markers, Set<Long> failures) {

        static Snapshot empty() {
            return new Snapshot(List.of(), new TreeSet<>(), new TreeSet<>());
        }
    }

    private final Path file;

    QueueJournal(Path file) {
        this.file = file;
    }

    Snapshot load() throws IOException {
        if (!Files.exists(file)) {
            return Snapshot.empty();
        }
        JsonObject root;
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        }
        List<QueueEntry> entries = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("entries")) {
            JsonObject o = value.asJsonObject();
            UnitRef unit = o.containsKey("dataset")
                    ? new UnitRef.Dataset(InfoJson.dataset(o.getJsonObject("dataset")))
                    : new UnitRef.Datafile(InfoJson.datafile(o.getJsonObject("datafile")));
            entries.add(new QueueEntry(unit, RequestedState.valueOf(o.getString("state")),
                    o.getJsonNumber("due").longValue(), o.getBoolean("running", false)));
        }
        return new Snapshot(entries, ids(root, "markers"), ids(root, "failures"));
    }

    /** @param running entries whose operation was under way: flagged so a restart knows */
    void save(Collection<QueueEntry> running, Collection<QueueEntry> queued, Set<Long> markers, Set<Long> failures) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        running.forEach(e -> entries.add(entry(e, true)));
        queued.forEach(e -> entries.add(entry(e, e.interrupted())));
        JsonObject root = Json.createObjectBuilder()
                .add("entries", entries)
                .add("markers", Json.createArrayBuilder(markers))
                .add("failures", Json.createArrayBuilder(failures))
                .build();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(root.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Losing the journal would lose queued work silently; make the caller's request fail instead.
            throw new UncheckedIOException("The operation queue journal " + file + " cannot be written", e);
        }
    }

    private static JsonObject entry(QueueEntry e, boolean running) {
        var b = Json.createObjectBuilder();
        if (e.unit() instanceof UnitRef.Dataset ds) {
            b.add("dataset", InfoJson.of(ds.dataset()));
        } else if (e.unit() instanceof UnitRef.Datafile df) {
            b.add("datafile", InfoJson.of(df.datafile()));
        }
        return b.add("state", e.state().name()).add("due", e.dueMillis()).add("running", running).build();
    }

    private static Set<Long> ids(JsonObject root, String name) {
        Set<Long> ids = new TreeSet<>();
        root.getJsonArray(name).forEach(v -> ids.add(((jakarta.json.JsonNumber) v).longValue()));
        return ids;
    }
}
