package io.baton.bench.sidebyside;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL both systems use: Baton its database, Conductor one of its own on the same server. */
record Database(String host, int port, String name, String user, String password) {
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** The database {@code other} on the same server, created if missing. */
    Database sibling(String other) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + other + "'").next()) {
                statement.execute("CREATE DATABASE " + other);
            }
        }
        return new Database(host, port, other, user, password);
    }
}
