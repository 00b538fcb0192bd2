package io.baton.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One process of the local cluster: how to start it (output to its log file), how to tell it is ready, and what to
 * clean up once it has stopped.
 *
 * @param afterStop runs after the process has ended (or when no process was found), e.g. to make sure PostgreSQL's
 *                  own server process is gone too
 */
record Component(String name, int port, Launch launch, Readiness readiness, Duration readyWithin, AfterStop afterStop) {

    @FunctionalInterface
    interface AfterStop {
        AfterStop NOTHING = stoppedGracefully -> { };

        /** @param stoppedGracefully the process was running and ended on SIGTERM */
        void run(boolean stoppedGracefully);
    }

    @FunctionalInterface
    interface Launch {
        Process start(Path logFile) throws IOException;
    }

    /** The marker on every command line the launcher starts, so a pid file never leads to an unrelated process. */
    String marker() {
        return marker(name);
    }

    static String marker(String name) {
        return "-Dbaton.component=" + name;
    }
}
