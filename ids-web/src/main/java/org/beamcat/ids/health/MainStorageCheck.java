package org.beamcat.ids.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beamcat.ids.config.IdsSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready while main (and, when configured, archive) storage can be read; reports free space. */
@Readiness
@ApplicationScoped
public class MainStorageCheck implements HealthCheck {

    @Inject
    IdsSettings settings;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("ids-web.storage").up();
        describe(check, "main", settings.dataRoot());
        settings.archiveRoot().ifPresent(archive -> describe(check, "archive", archive));
        return check.build();
    }

    private static void describe(HealthCheckResponseBuilder check, String level, Path root) {
        check.withData(level, root.toString());
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            check.down().withData(level + "Error", "not a readable directory");
            return;
        }
        try {
            check.withData(level + "UsableBytes", Files.getFileStore(root).getUsableSpace());
        } catch (IOException e) {
            check.down().withData(level + "Error", e.getMessage());
        }
    }
}
