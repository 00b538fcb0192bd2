package io.baton.workflowapi.workflow;

import io.baton.model.messaging.DecideWorkflow;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RemoveWorkflow;
import io.baton.model.messaging.RerunWorkflow;
import io.baton.model.messaging.ResetCallbacks;
import io.baton.model.messaging.RestartWorkflow;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.RetryWorkflow;
import io.baton.model.messaging.SkipTask;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.workflow.RerunWorkflowRequest;
import io.baton.model.workflow.RetryableTasks;
import io.baton.model.workflow.SkipTaskRequest;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.service.rest.ApiException;
import io.baton.service.definition.DefinitionTasks;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to move a workflow through its lifecycle: when Conductor refuses it, with the status and message the
 * reference server answers (Conductor 3.32.3), and the command that carries it to the decider otherwise.
 */
sealed interface LifecycleRequest {

    /** Why Conductor refuses the request for the workflow as it stands; null when it may go ahead. */
    ApiException refusal(Workflow workflow);

    WorkflowCommand command(String workflowId, long issuedAt);

    /** Conductor's name of the bulk operation, which its validation errors use as their path. */
    String operation();

    /** Whether {@link #refusal} looks at the workflow's tasks. */
    default boolean needsTasks() {
        return false;
    }

    /** How Conductor names a workflow in its messages: {@code name.version/id.STATUS}. */
    private static String described(Workflow workflow) {
        return workflow.getWorkflowName() + "." + workflow.getWorkflowVersion() + "/" + workflow.getWorkflowId() + "."
                + workflow.getStatus();
    }

    private static String newCommandId() {
        return UUID.randomUUID().toString();
    }

    /** Any workflow that has not ended; pausing a PAUSED one changes nothing and succeeds. */
    record Pause() implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (!workflow.getStatus().isTerminal()) {
                return null;
            }
            return ApiException.conflict("Workflow " + workflow.getWorkflowName() + "." + workflow.getWorkflowVersion()
                    + "/" + workflow.getWorkflowId() + " has ended, status cannot be updated.");
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new PauseWorkflow(UUID.randomUUID().toString(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "pauseWorkflow";
        }
    }

    /**
     * Only a PAUSED workflow. Conductor answers any other with a 500 (an IllegalStateException); Baton with a 409, as the
     * request, not the server, is at fault and clients retry a 500.
     */
    record Resume() implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (workflow.getStatus() == WorkflowStatus.PAUSED) {
                return null;
            }
            return ApiException.conflict("The workflow " + workflow.getWorkflowId()
                    + " is not PAUSED so cannot resume. Current status is " + workflow.getStatus());
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new ResumeWorkflow(UUID.randomUUID().toString(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "resumeWorkflow";
        }
    }

    /** Any workflow but a COMPLETED one; a TERMINATED one stays as it is, a FAILED or TIMED_OUT one is TERMINATED. */
    record Terminate(String reason) implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            return workflow.getStatus() == WorkflowStatus.COMPLETED
                    ? ApiException.conflict("Cannot terminate a COMPLETED workflow.")
                    : null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, issuedAt, reason);
        }

        @Override
        public String operation() {
            return "terminate";
        }
    }

    /**
     * Only an ended workflow, and a COMPLETED one only if its definition (the latest one, when asked for) is
     * restartable. {@code latestDefinition} is filled in by {@link WorkflowLifecycle} when the caller asked for it.
     */
    record Restart(boolean useLatestDefinitions, WorkflowDef latestDefinition) implements LifecycleRequest {
        Restart withLatestDefinition(WorkflowDef definition) {
            return new Restart(true, definition);
        }

        @Override
        public ApiException refusal(Workflow workflow) {
            if (!workflow.getStatus().isTerminal()) {
                return ApiException.conflict("Workflow: " + described(workflow)
                        + " is not in terminal state, unable to restart.");
            }
            WorkflowDef definition = latestDefinition != null ? latestDefinition : workflow.getWorkflowDefinition();
            if (workflow.getStatus() == WorkflowStatus.COMPLETED && !definition.isRestartable()) {
                return ApiException.conflict("Workflow: " + described(workflow) + " is non-restartable");
            }
            return null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new RestartWorkflow(newCommandId(), workflowId, issuedAt, latestDefinition);
        }

        @Override
        public String operation() {
            return "restart";
        }
    }

    /** Only an ended workflow with a task to retry ({@link RetryableTasks}), or one that TIMED_OUT. */
    record Retry(boolean resumeSubworkflowTasks) implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (!workflow.getStatus().isTerminal()) {
                // Conductor's message, two spaces included; Conductor answers a 404, Baton a 409 (a state, not a miss).
                return ApiException.conflict("Workflow is still running.  status=" + workflow.getStatus());
            }
            if (workflow.getTasks().isEmpty()) {
                return ApiException.conflict("Workflow has not started yet");
            }
            if (RetryableTasks.of(workflow).isEmpty() && workflow.getStatus() != WorkflowStatus.TIMED_OUT) {
                return ApiException.conflict("There are no retryable tasks! Use restart if you want to attempt entire "
                        + "workflow execution again.");
            }
            return null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new RetryWorkflow(newCommandId(), workflowId, issuedAt, resumeSubworkflowTasks);
        }

        @Override
        public String operation() {
            return "retry";
        }

        @Override
        public boolean needsTasks() {
            return true;
        }
    }

    /** Only an ended workflow, from one of its own tasks when a task id is given, and not from inside a fork branch. */
    record Rerun(RerunWorkflowRequest request) implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (!workflow.getStatus().isTerminal()) {
                return ApiException.conflict("Workflow: " + described(workflow)
                        + " is not in terminal state, unable to rerun.");
            }
            String taskId = request.reRunFromTaskId();
            if (taskId == null) {
                return null;
            }
            Optional<Task> from = workflow.getTasks().stream().filter(task -> taskId.equals(task.getTaskId())).findFirst();
            if (from.isEmpty()) {
                return ApiException.badRequest("Task " + taskId + " not found");
            }
            if (inForkBranch(workflow.getWorkflowDefinition(), from.get().getReferenceTaskName())) {
                return ApiException.badRequest("Rerun from task " + taskId + " in a fork branch is not supported yet; "
                        + "rerun from the fork or a task before it");
            }
            return null;
        }

        private static boolean inForkBranch(WorkflowDef definition, String referenceTaskName) {
            return DefinitionTasks.of(definition).stream()
                    .anyMatch(located -> located.task() != null
                            && referenceTaskName.equals(located.task().getTaskReferenceName())
                            && located.path().contains(".forkTasks["));
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new RerunWorkflow(newCommandId(), workflowId, issuedAt, request.reRunFromTaskId(),
                    request.workflowInput(), request.taskInput(), request.correlationId());
        }

        @Override
        public String operation() {
            return "rerun";
        }

        @Override
        public boolean needsTasks() {
            return true;
        }
    }

    /**
     * Only a task of a RUNNING workflow's definition not scheduled yet. Conductor answers the others with a 500 (an
     * IllegalStateException); Baton with a 409, or a 400 for a reference the definition lacks.
     */
    record Skip(String taskReferenceName, SkipTaskRequest request) implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (workflow.getStatus() != WorkflowStatus.RUNNING) {
                return ApiException.conflict("The workflow " + workflow.getWorkflowId()
                        + " is not running so the task referenced by " + taskReferenceName + " cannot be skipped");
            }
            boolean defined = DefinitionTasks.of(workflow.getWorkflowDefinition()).stream()
                    .map(DefinitionTasks.Located::task)
                    .anyMatch(task -> task != null && taskReferenceName.equals(task.getTaskReferenceName()));
            if (!defined) {
                return ApiException.badRequest("The task referenced by " + taskReferenceName
                        + " does not exist in the WorkflowDefinition " + workflow.getWorkflowName());
            }
            if (workflow.getTasks().stream().anyMatch(task -> taskReferenceName.equals(task.getReferenceTaskName()))) {
                return ApiException.conflict("The task referenced " + taskReferenceName
                        + " has already been processed, cannot be skipped");
            }
            return null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new SkipTask(newCommandId(), workflowId, issuedAt, taskReferenceName,
                    request == null ? null : request.taskInput(), request == null ? null : request.taskOutput());
        }

        @Override
        public String operation() {
            return "skipTaskFromWorkflow";
        }

        @Override
        public boolean needsTasks() {
            return true;
        }
    }

    /**
     * Any workflow; Conductor archives a removed workflow by default, and refuses to archive one that has not ended.
     * Baton keeps no archive: the workflow is deleted either way.
     */
    record Remove(boolean archiveWorkflow) implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (archiveWorkflow && !workflow.getStatus().isTerminal()) {
                return ApiException.badRequest("Cannot archive workflow: " + workflow.getWorkflowId()
                        + " with status: " + workflow.getStatus());
            }
            return null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new RemoveWorkflow(newCommandId(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "delete";
        }
    }

    /** Any workflow; the decider ignores it for one that is not RUNNING, as Conductor's decide does nothing then. */
    record Decide() implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            return null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new DecideWorkflow(newCommandId(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "decide";
        }
    }

    /** Any workflow that has not ended. */
    record ResetCallbacksRequest() implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            return workflow.getStatus().isTerminal()
                    ? ApiException.conflict("Workflow is in terminal state. Status = " + workflow.getStatus())
                    : null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new ResetCallbacks(newCommandId(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "resetWorkflow";
        }
    }
}
