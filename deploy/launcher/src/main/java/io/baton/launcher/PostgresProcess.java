package io.baton.launcher;

import io.baton.infra.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The small JVM that owns the local cluster's PostgreSQL: starts it on its data directory and keeps it running until
 * this JVM is asked to stop (SIGTERM), which stops PostgreSQL with it. If PostgreSQL's server dies on its own (a crash,
 * a kill), this JVM ends too, so the launcher sees PostgreSQL missing and {@code baton up} starts it again.
 */
public final class PostgresProcess {
    private PostgresProcess() {
    }

    /** Usage: {@code PostgresProcess <data dir> <port> <log file>}. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: PostgresProcess <data dir> <port> <log file>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, Integer.parseInt(args[1]), Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        System.out.println(postgres + " ready");
        ProcessHandle server = EmbeddedPostgres.postmaster(dataDir.toAbsolutePath())
                .orElseThrow(() -> new IllegalStateException("PostgreSQL started but its postmaster.pid names no live server"));
        server.onExit().join();
        System.out.println("PostgreSQL's server (pid " + server.pid() + ") ended");
        System.exit(1);
    }
}
