package io.baton.decider.core.expression;

import java.time.Duration;

/**
 * What one script may use.
 *
 * @param timeLimit       wall-clock time one script may run (Conductor's CONDUCTOR_SCRIPT_MAX_EXECUTION_SECONDS, 4 s)
 * @param statementLimit  statements one script may run; stopping there is deterministic, so it fails the task terminally
 * @param resultMaxLength characters of JSON a script's value may take: it lands in a task's output or a loop's state,
 *                        so it is held to what a worker's output may be ({@code baton.limits.task-output-max-size})
 */
public record ScriptLimits(Duration timeLimit, long statementLimit, int resultMaxLength) {
    public static final ScriptLimits DEFAULT = new ScriptLimits(Duration.ofSeconds(4), 1_000_000, 512 * 1024);
}
