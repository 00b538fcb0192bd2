package io.baton.e2e.support;

import io.baton.launcher.Cluster;
import io.baton.launcher.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cluster of real processes per test JVM: started by the first test class that asks, stopped when the JVM exits,
 * so test classes do not each pay for a cluster start. Test modules sit one folder below the repository's root.
 */
public final class SharedCluster {
    private static Cluster cluster;

    private SharedCluster() {
    }

    /** The running cluster, started on free ports if this JVM has none yet. */
    public static synchronized Cluster get() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "baton-e2e-cluster-stop"));
        }
        return cluster;
    }

    private static Cluster start() {
        try {
            Path state = Files.createTempDirectory("baton-e2e");
            return Cluster.start(Path.of("..").toAbsolutePath().normalize(), state, Ports.random());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
