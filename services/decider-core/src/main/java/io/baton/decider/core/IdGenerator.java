package io.baton.decider.core;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from the command being applied, so applying the same command to the same state always yields the same
 * task ids: the decider stays a pure function and a redelivered command cannot mint different ids.
 */
public final class IdGenerator {
    private final String seed;
    private int counter;

    public IdGenerator(String seed) {
        this.seed = seed;
    }

    public String next() {
        return UUID.nameUUIDFromBytes((seed + "#" + counter++).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
