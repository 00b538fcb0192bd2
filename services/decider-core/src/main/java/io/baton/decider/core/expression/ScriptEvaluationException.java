package io.baton.decider.core.expression;

/**
 * A script that could not give a value. The message is what the task's reasonForIncompletion says.
 */
public final class ScriptEvaluationException extends RuntimeException {
    private final boolean terminal;

    ScriptEvaluationException(String message, boolean terminal) {
        super(message);
        this.terminal = terminal;
    }

    /**
     * True when evaluating again would fail the same way (a syntax error, a thrown error, the statement limit), so
     * the task fails without retries as in Conductor; false for the time limit, which a less busy moment may meet.
     */
    public boolean terminal() {
        return terminal;
    }
}
