package org.beamcat.icat.server.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the catalogue database ({@code jdbc/icat}) hands out a working connection. */
@Readiness
@ApplicationScoped
public class CatalogueDatabaseCheck implements HealthCheck {

    @Resource(lookup = "jdbc/icat")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("icat-server.database");
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return check.status(connection.isValid(5))
                    .withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            return check.down().withData("error", e.getMessage()).build();
        }
    }
}
