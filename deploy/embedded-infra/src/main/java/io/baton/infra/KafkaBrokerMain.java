package io.baton.infra;

/**
 * Entry point of the child JVM that runs the Kafka broker. It starts {@code kafka.Kafka} (loaded by name: the broker's
 * jars are only on the child's classpath) and, when {@code -Dbaton.watch.pid} names a process, exits when that process
 * ends, so a test JVM that dies without running its shutdown hooks leaves no broker behind.
 */
public final class KafkaBrokerMain {
    static final String WATCH_PID_PROPERTY = "baton.watch.pid";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        String watched = System.getProperty(WATCH_PID_PROPERTY);
        if (watched != null) {
            ProcessHandle.of(Long.parseLong(watched)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
