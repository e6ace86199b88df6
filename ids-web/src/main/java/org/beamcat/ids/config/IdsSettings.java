package org.beamcat.ids.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of the IDS, read and validated when the application starts.
 *
 * @param dataRoot    main storage: the folder beamlines write under ({@code beamcat.data-root})
 * @param archiveRoot archive storage; when absent the IDS is single-level ({@code beamcat.ids.archive-root})
 * @param icatUrl     the catalogue's host URL, without {@code /icat} ({@code beamcat.icat.url})
 * @param readOnly    refuse put and delete ({@code beamcat.ids.read-only})
 * @param storage     the storage core: cache, queue, archive behaviour, tidier ({@link StorageSettings})
 * @param reader      the reader account for work without a caller's session ({@link ReaderSettings});
 *                    required on two-level storage, whose background work needs it
 * @param rootUsers   catalogue users (full names, e.g. {@code simple/root}) allowed getServiceStatus
 *                    ({@code beamcat.ids.root-users}, comma-separated, default none)
 * @param maxIdsPerRequest the most ids the investigationIds, datasetIds and datafileIds of one request may
 *                    name together ({@code beamcat.ids.max-ids-per-request}, default 100,000): bounds the
 *                    memory and catalogue work one request can cause
 */
public record IdsSettings(Path dataRoot, Optional<Path> archiveRoot, URI icatUrl, boolean readOnly,
        StorageSettings storage, Optional<ReaderSettings> reader, Set<String> rootUsers, int maxIdsPerRequest) {

    public static final String DATA_ROOT = "beamcat.data-root";
    public static final String ARCHIVE_ROOT = "beamcat.ids.archive-root";
    public static final String ICAT_URL = "beamcat.icat.url";
    public static final String READ_ONLY = "beamcat.ids.read-only";
    public static final String ROOT_USERS = "beamcat.ids.root-users";
    public static final String MAX_IDS_PER_REQUEST = "beamcat.ids.max-ids-per-request";

    public static IdsSettings read(SettingsReader reader) {
        boolean readOnly = reader.bool(READ_ONLY, false);
        Path dataRoot = reader.existingDirectory(DATA_ROOT, !readOnly);
        Optional<Path> archiveRoot = reader.optionalString(ARCHIVE_ROOT).isPresent()
                ? Optional.of(reader.existingDirectory(ARCHIVE_ROOT, true))
                : Optional.empty();
        Optional<ReaderSettings> readerAccount = ReaderSettings.read(reader);
        if (archiveRoot.isPresent() && readerAccount.isEmpty()) {
            throw new InvalidSettingException(ReaderSettings.USER,
                    "no value is set, but two-level storage (" + ARCHIVE_ROOT + ") needs the reader account");
        }
        Set<String> rootUsers = reader.optionalString(ROOT_USERS).stream()
                .flatMap(list -> Arrays.stream(list.split(","))).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        return new IdsSettings(dataRoot, archiveRoot, reader.httpUrl(ICAT_URL), readOnly,
                StorageSettings.read(reader, dataRoot), readerAccount, Set.copyOf(rootUsers),
                reader.intInRange(MAX_IDS_PER_REQUEST, 100_000, 1, 1_000_000));
    }

    public boolean twoLevel() {
        return archiveRoot.isPresent();
    }
}
