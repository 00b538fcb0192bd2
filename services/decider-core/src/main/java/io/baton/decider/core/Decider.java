package io.baton.decider.core;

import io.baton.decider.core.command.PauseWorkflowHandler;
import io.baton.decider.core.command.RecordTaskPollHandler;
import io.baton.decider.core.command.ReportTaskResultHandler;
import io.baton.decider.core.command.ResumeWorkflowHandler;
import io.baton.decider.core.command.StartWorkflowHandler;
import io.baton.decider.core.command.TerminateWorkflowHandler;
import io.baton.decider.core.command.TimerFiredHandler;
import io.baton.decider.core.task.TaskTypes;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.json.Json;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.workflow.Workflow;
import java.time.Clock;

/**
 * Conductor's execution rules as one pure function: {@code (workflow state, command, clock) -> decision}.
 * No I/O and no framework: the decider service loads the state, calls {@link #apply}, and persists what comes out.
 * The input state is never changed; the decision carries a new one.
 */
public final class Decider {
    private final StartWorkflowHandler startWorkflow;
    private final RecordTaskPollHandler recordTaskPoll;
    private final ReportTaskResultHandler reportTaskResult;
    private final PauseWorkflowHandler pauseWorkflow;
    private final ResumeWorkflowHandler resumeWorkflow;
    private final TerminateWorkflowHandler terminateWorkflow;
    private final TimerFiredHandler timerFired;

    public Decider() {
        Progression progression = new Progression(TaskTypes.standard());
        this.startWorkflow = new StartWorkflowHandler(progression);
        this.recordTaskPoll = new RecordTaskPollHandler();
        this.reportTaskResult = new ReportTaskResultHandler(progression);
        this.pauseWorkflow = new PauseWorkflowHandler();
        this.resumeWorkflow = new ResumeWorkflowHandler(progression);
        this.terminateWorkflow = new TerminateWorkflowHandler();
        this.timerFired = new TimerFiredHandler(progression);
    }

    /**
     * @param current the workflow as persisted, with its tasks, or null if no workflow has the command's id yet
     */
    public Decision apply(Workflow current, WorkflowCommand command, Clock clock) {
        if (current == null && !(command instanceof StartWorkflow)) {
            return Decision.ignored("no workflow with id " + command.workflowId());
        }
        if (current != null && command instanceof StartWorkflow) {
            return Decision.ignored("workflow " + command.workflowId() + " already started");
        }
        WorkflowExecution execution = new WorkflowExecution(
                current == null ? new Workflow() : Json.copy(current, Workflow.class),
                now(command, clock), new IdGenerator(command.commandId()));
        return switch (command) {
            case StartWorkflow start -> startWorkflow.apply(execution, start);
            case RecordTaskPoll poll -> recordTaskPoll.apply(execution, poll);
            case ReportTaskResult report -> reportTaskResult.apply(execution, report);
            case PauseWorkflow pause -> pauseWorkflow.apply(execution, pause);
            case ResumeWorkflow resume -> resumeWorkflow.apply(execution, resume);
            case TerminateWorkflow terminate -> terminateWorkflow.apply(execution, terminate);
            case TimerFired fired -> timerFired.apply(execution, fired);
        };
    }

    /** A timer is applied as of no earlier than its due time, so a clock behind the one that fired it cannot void it. */
    private static long now(WorkflowCommand command, Clock clock) {
        return command instanceof TimerFired fired ? Math.max(clock.millis(), fired.issuedAt()) : clock.millis();
    }
}
