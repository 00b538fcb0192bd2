package io.baton.decider.core;

import io.baton.decider.core.command.ChildWorkflowHandler;
import io.baton.decider.core.command.DecideWorkflowHandler;
import io.baton.decider.core.command.PauseWorkflowHandler;
import io.baton.decider.core.command.RecordTaskPollHandler;
import io.baton.decider.core.command.RemoveWorkflowHandler;
import io.baton.decider.core.command.ReportTaskResultHandler;
import io.baton.decider.core.command.RerunWorkflowHandler;
import io.baton.decider.core.command.ResetCallbacksHandler;
import io.baton.decider.core.command.RestartWorkflowHandler;
import io.baton.decider.core.command.ResumeWorkflowHandler;
import io.baton.decider.core.command.RetryWorkflowHandler;
import io.baton.decider.core.command.SkipTaskHandler;
import io.baton.decider.core.command.StartWorkflowHandler;
import io.baton.decider.core.command.TerminateWorkflowHandler;
import io.baton.decider.core.command.UnresolvedStartHandler;
import io.baton.decider.core.command.TimerFiredHandler;
import io.baton.decider.core.command.UpdateWorkflowVariablesHandler;
import io.baton.decider.core.expression.WorkflowEnv;
import io.baton.decider.core.task.TaskTypes;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowCopy;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ChildWorkflowEnded;
import io.baton.model.messaging.ChildWorkflowNotStarted;
import io.baton.model.messaging.ChildWorkflowStarted;
import io.baton.model.messaging.DecideWorkflow;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.RemoveWorkflow;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.messaging.RerunWorkflow;
import io.baton.model.messaging.ResetCallbacks;
import io.baton.model.messaging.RestartWorkflow;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.RetryWorkflow;
import io.baton.model.messaging.SkipTask;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.UpdateWorkflowVariables;
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
    private final ChildWorkflowHandler childWorkflow;
    private final UnresolvedStartHandler unresolvedStart;
    private final RestartWorkflowHandler restartWorkflow;
    private final RetryWorkflowHandler retryWorkflow;
    private final RerunWorkflowHandler rerunWorkflow;
    private final SkipTaskHandler skipTask;
    private final RemoveWorkflowHandler removeWorkflow;
    private final DecideWorkflowHandler decideWorkflow;
    private final ResetCallbacksHandler resetCallbacks;
    private final TimerFiredHandler timerFired;
    private final UpdateWorkflowVariablesHandler updateWorkflowVariables;

    private final WorkflowEnv env;
    private final FlowLimits limits;

    /** A decider whose workflows read no {@code ${workflow.env...}} variables, with the standard limits. */
    public Decider() {
        this(WorkflowEnv.NONE);
    }

    /** @param env what {@code ${workflow.env.NAME}} reads */
    public Decider(WorkflowEnv env) {
        this(env, FlowLimits.STANDARD);
    }

    /**
     * @param env    what {@code ${workflow.env.NAME}} reads
     * @param limits how wide a dynamic fork and how long a loop may grow
     */
    public Decider(WorkflowEnv env, FlowLimits limits) {
        this.env = env;
        this.limits = limits;
        TaskTypes taskTypes = TaskTypes.standard();
        Progression progression = new Progression(taskTypes);
        this.startWorkflow = new StartWorkflowHandler(progression);
        this.recordTaskPoll = new RecordTaskPollHandler();
        this.reportTaskResult = new ReportTaskResultHandler(progression);
        this.pauseWorkflow = new PauseWorkflowHandler();
        this.resumeWorkflow = new ResumeWorkflowHandler(progression);
        this.terminateWorkflow = new TerminateWorkflowHandler();
        this.childWorkflow = new ChildWorkflowHandler(progression);
        this.unresolvedStart = new UnresolvedStartHandler();
        this.restartWorkflow = new RestartWorkflowHandler(progression);
        this.retryWorkflow = new RetryWorkflowHandler(progression, taskTypes);
        this.rerunWorkflow = new RerunWorkflowHandler(progression, taskTypes);
        this.skipTask = new SkipTaskHandler();
        this.removeWorkflow = new RemoveWorkflowHandler();
        this.decideWorkflow = new DecideWorkflowHandler(progression);
        this.resetCallbacks = new ResetCallbacksHandler();
        this.timerFired = new TimerFiredHandler(progression);
        this.updateWorkflowVariables = new UpdateWorkflowVariablesHandler();
    }

    /**
     * @param current the workflow as persisted, with its tasks, or null if no workflow has the command's id yet
     */
    public Decision apply(Workflow current, WorkflowCommand command, Clock clock) {
        return apply(current, command, clock, TaskDefLookup.NONE);
    }

    /**
     * @param current  the workflow as persisted, with its tasks, or null if no workflow has the command's id yet
     * @param taskDefs the registered task definitions looked up so far for the names earlier attempts at this
     *                 decision listed in {@link Decision#taskDefsNeeded()}
     */
    public Decision apply(Workflow current, WorkflowCommand command, Clock clock, TaskDefLookup taskDefs) {
        boolean starts = command instanceof StartWorkflow || command instanceof ResolveAndStartWorkflow;
        if (current == null && !starts) {
            return Decision.ignored("no workflow with id " + command.workflowId());
        }
        if (current != null && starts) {
            return Decision.ignored("workflow " + command.workflowId() + " already started");
        }
        WorkflowExecution execution = new WorkflowExecution(
                current == null ? new Workflow() : WorkflowCopy.of(current),
                now(command, clock), new IdGenerator(command.commandId()), env, limits, taskDefs);
        return switch (command) {
            case StartWorkflow start -> startWorkflow.apply(execution, start);
            case RecordTaskPoll poll -> recordTaskPoll.apply(execution, poll);
            case ReportTaskResult report -> reportTaskResult.apply(execution, report);
            case PauseWorkflow pause -> pauseWorkflow.apply(execution, pause);
            case ResumeWorkflow resume -> resumeWorkflow.apply(execution, resume);
            case TerminateWorkflow terminate -> terminateWorkflow.apply(execution, terminate);
            case ResolveAndStartWorkflow unresolved -> unresolvedStart.apply(execution, unresolved);
            case ChildWorkflowEnded ended -> childWorkflow.apply(execution, ended);
            case ChildWorkflowNotStarted notStarted -> childWorkflow.apply(execution, notStarted);
            case ChildWorkflowStarted started -> childWorkflow.apply(execution, started);
            case RestartWorkflow restart -> restartWorkflow.apply(execution, restart);
            case RetryWorkflow retry -> retryWorkflow.apply(execution, retry);
            case RerunWorkflow rerun -> rerunWorkflow.apply(execution, rerun);
            case SkipTask skip -> skipTask.apply(execution, skip);
            case RemoveWorkflow remove -> removeWorkflow.apply(execution, remove);
            case DecideWorkflow decide -> decideWorkflow.apply(execution, decide);
            case ResetCallbacks reset -> resetCallbacks.apply(execution, reset);
            case TimerFired fired -> timerFired.apply(execution, fired);
            case UpdateWorkflowVariables update -> updateWorkflowVariables.apply(execution, update);
        };
    }

    /** A timer is applied as of no earlier than its due time, so a clock behind the one that fired it cannot void it. */
    private static long now(WorkflowCommand command, Clock clock) {
        return command instanceof TimerFired fired ? Math.max(clock.millis(), fired.issuedAt()) : clock.millis();
    }
}
