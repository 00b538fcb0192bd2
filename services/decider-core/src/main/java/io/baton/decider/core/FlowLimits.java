package io.baton.decider.core;

/**
 * How wide a fork and how long a loop may grow at run time. Conductor has no such bounds; Baton keeps each workflow's
 * state in one row and one decision, so a dynamic fork of a million tasks or an endless DO_WHILE would make every
 * later decision of that workflow slower without end. Given to the decider as data, like its environment.
 *
 * @param forkWidthMax      the most tasks one FORK_JOIN_DYNAMIC may fork (a static FORK_JOIN is checked at registration)
 * @param loopIterationsMax the most iterations one DO_WHILE may run
 */
public record FlowLimits(int forkWidthMax, int loopIterationsMax) {
    /** The defaults of {@code baton.limits.fork-width-max} and {@code baton.limits.loop-iterations-max}. */
    public static final FlowLimits STANDARD = new FlowLimits(1000, 10000);

    public FlowLimits {
        if (forkWidthMax < 1 || loopIterationsMax < 1) {
            throw new IllegalArgumentException("fork width and loop iteration limits must be at least 1, got "
                    + forkWidthMax + " and " + loopIterationsMax);
        }
    }
}
