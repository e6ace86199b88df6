package org.beamcat.bench;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the figures were measured on: the README table is only meaningful next to this. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe(Target target) throws IOException {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
        machine.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format("%.1f GiB", Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1048576.0))
                .orElse("unknown"));
        FileStore store = Files.getFileStore(Files.exists(target.dataRoot) ? target.dataRoot : Path.of("."));
        machine.put("disk", String.format("%s (%s), %.0f GB, %.0f GB free", store.name(), store.type(),
                store.getTotalSpace() / 1e9, store.getUsableSpace() / 1e9));
        machine.put("os", firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version"));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("postgresql", postgresVersion(target));
        return machine;
    }

    private static String postgresVersion(Target target) {
        try (Connection db = target.connect(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static Optional<String> firstValue(Path file, String key) throws IOException {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(file)) {
            int sep = line.indexOf(line.contains("=") && !line.contains(":") ? '=' : ':');
            if (sep > 0 && line.substring(0, sep).trim().equals(key)) {
                return Optional.of(line.substring(sep + 1).trim());
            }
        }
        return Optional.empty();
    }
}
