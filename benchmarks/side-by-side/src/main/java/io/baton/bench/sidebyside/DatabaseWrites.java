package io.baton.bench.sidebyside;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a system wrote to PostgreSQL during a step: the rows inserted, updated and deleted in its own database
 * ({@code pg_stat_database}) and the WAL the server wrote meanwhile (the two systems never run at once). PostgreSQL
 * reports a backend's counts up to about a second after its transaction, so a step may count a second of its
 * neighbour's writes.
 */
final class DatabaseWrites {
    private final Database db;

    DatabaseWrites(Database db) {
        this.db = db;
    }

    record Snapshot(long rows, long walBytes, long nanos) {
    }

    /** Rows written and WAL bytes between two snapshots, over the seconds between them. */
    record Used(long rows, long walBytes, double seconds) {
        static Used between(Snapshot before, Snapshot after) {
            return new Used(after.rows() - before.rows(), after.walBytes() - before.walBytes(),
                    (after.nanos() - before.nanos()) / 1e9);
        }
    }

    Snapshot snapshot() {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT tup_inserted + tup_updated + tup_deleted, "
                     + "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint FROM pg_stat_database "
                     + "WHERE datname = current_database()")) {
            row.next();
            return new Snapshot(row.getLong(1), row.getLong(2), System.nanoTime());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the write statistics of " + db.jdbcUrl(), e);
        }
    }
}
