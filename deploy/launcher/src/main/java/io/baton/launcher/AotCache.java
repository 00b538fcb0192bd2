package io.baton.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The JDK's ahead-of-time cache of a service (JEP 483, 514): the classes it loaded and linked and the profiles of its
 * methods, read at start instead of worked out again, which brings a service's start to healthy from about 3.5 s to
 * 2.3 s. A service without a cache as new as its jar trains one if its cluster asks ({@code baton up} does, tests do
 * not): its JVM writes it when it exits, and only a graceful stop keeps it (a killed one may have left half a file).
 * The cache lives beside the jar, so every cluster started from this checkout shares it and a rebuild drops it; the JVM
 * itself refuses a cache from other classes.
 *
 * @param training where this cluster's runs train, so that two clusters training at once never write the same file
 * @param train whether a run with no usable cache trains one, or runs without
 */
record AotCache(Path jar, Path training, boolean train) {
    private static final String FILE = "baton.aot";

    /** The cache of the service whose jar this is, trained under a name of the cluster whose state lives in stateDir. */
    static AotCache of(Path jar, Path stateDir, boolean train) {
        return new AotCache(jar, jar.resolveSibling(FILE + "." + Integer.toHexString(stateDir.hashCode()) + ".training"),
                train);
    }

    Path cache() {
        return jar.resolveSibling(FILE);
    }

    /**
     * The JVM options that use the cache, or train one (if asked) when there is none as new as the jar; none on a JDK
     * before 25, which cannot train in the same run (the services run on the launcher's JDK).
     */
    List<String> options() {
        if (Runtime.version().feature() < 25) {
            return List.of();
        }
        if (usable()) {
            return List.of("-XX:AOTCache=" + cache());
        }
        return train ? List.of("-XX:AOTCacheOutput=" + training) : List.of();
    }

    /** After the service stopped: a cache its run trained becomes the one the next start uses, if it stopped well. */
    void keepTrained(boolean stoppedGracefully) {
        try {
            if (stoppedGracefully && Files.isRegularFile(training)) {
                Files.move(training, cache(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(training);
            }
            // What the JVM recorded for the assembly; left behind only when it was killed while assembling.
            Files.deleteIfExists(training.resolveSibling(training.getFileName() + ".config"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean usable() {
        try {
            return Files.isRegularFile(cache()) && Files.isRegularFile(jar)
                    && Files.getLastModifiedTime(cache()).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
