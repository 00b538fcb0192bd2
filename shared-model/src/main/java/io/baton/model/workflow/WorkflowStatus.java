package io.baton.model.workflow;

/** A workflow execution's status, with the flags Conductor attaches to each. */
public enum WorkflowStatus {
    RUNNING(false, false),
    COMPLETED(true, true),
    FAILED(true, false),
    TIMED_OUT(true, false),
    TERMINATED(true, false),
    PAUSED(false, true);

    private final boolean terminal;
    private final boolean successful;

    WorkflowStatus(boolean terminal, boolean successful) {
        this.terminal = terminal;
        this.successful = successful;
    }

    public boolean isTerminal() { return terminal; }

    public boolean isSuccessful() { return successful; }
}
