package org.beamcat.icat.server.persistence;

import javax.sql.DataSource;

/** An empty database for a schema test, as a data source (for Flyway) and as JDBC properties (for JPA). */
public record TestDatabase(String url, String user, String password, DataSource dataSource) {
}
