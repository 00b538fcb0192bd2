package io.baton.launcher;

import io.baton.infra.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The small JVM that owns the local cluster's PostgreSQL: starts it on its data directory and keeps it running until
 * this JVM is asked to stop (SIGTERM), which stops PostgreSQL with it.
 */
public final class PostgresProcess {
    private PostgresProcess() {
    }

    /** Usage: {@code PostgresProcess <data dir> <port> <log file>}. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: PostgresProcess <data dir> <port> <log file>");
            System.exit(2);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        System.out.println(postgres + " ready");
        Thread.currentThread().join();
    }
}
