package io.baton.model.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An instruction to the decider about one workflow, carried on {@link Topics#COMMANDS} keyed by workflow id.
 * Every command has an id of its own: the decider records the ids it applied, so a redelivered command changes nothing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StartWorkflow.class, name = "StartWorkflow"),
        @JsonSubTypes.Type(value = RecordTaskPoll.class, name = "RecordTaskPoll"),
        @JsonSubTypes.Type(value = ReportTaskResult.class, name = "ReportTaskResult"),
        @JsonSubTypes.Type(value = PauseWorkflow.class, name = "PauseWorkflow"),
        @JsonSubTypes.Type(value = ResumeWorkflow.class, name = "ResumeWorkflow"),
        @JsonSubTypes.Type(value = TerminateWorkflow.class, name = "TerminateWorkflow"),
        @JsonSubTypes.Type(value = ResolveAndStartWorkflow.class, name = "ResolveAndStartWorkflow"),
        @JsonSubTypes.Type(value = ChildWorkflowEnded.class, name = "ChildWorkflowEnded"),
        @JsonSubTypes.Type(value = ChildWorkflowNotStarted.class, name = "ChildWorkflowNotStarted"),
        @JsonSubTypes.Type(value = ChildWorkflowStarted.class, name = "ChildWorkflowStarted"),
        @JsonSubTypes.Type(value = RestartWorkflow.class, name = "RestartWorkflow"),
        @JsonSubTypes.Type(value = RetryWorkflow.class, name = "RetryWorkflow"),
        @JsonSubTypes.Type(value = RerunWorkflow.class, name = "RerunWorkflow"),
        @JsonSubTypes.Type(value = SkipTask.class, name = "SkipTask"),
        @JsonSubTypes.Type(value = RemoveWorkflow.class, name = "RemoveWorkflow"),
        @JsonSubTypes.Type(value = DecideWorkflow.class, name = "DecideWorkflow"),
        @JsonSubTypes.Type(value = ResetCallbacks.class, name = "ResetCallbacks"),
        @JsonSubTypes.Type(value = TimerFired.class, name = "TimerFired"),
        @JsonSubTypes.Type(value = UpdateWorkflowVariables.class, name = "UpdateWorkflowVariables")
})
public sealed interface WorkflowCommand
        permits StartWorkflow, RecordTaskPoll, ReportTaskResult, PauseWorkflow, ResumeWorkflow, TerminateWorkflow,
        ResolveAndStartWorkflow, ChildWorkflowEnded, ChildWorkflowNotStarted, ChildWorkflowStarted,
        RestartWorkflow, RetryWorkflow, RerunWorkflow, SkipTask, RemoveWorkflow, DecideWorkflow, ResetCallbacks,
        TimerFired, UpdateWorkflowVariables {
    String commandId();

    String workflowId();

    /** When the sender issued the command, epoch milliseconds. */
    long issuedAt();
}
