package io.baton.service.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.List;
import java.util.Map;

/**
 * Conductor's answer to a synchronous signal: a WorkflowRun (TARGET_WORKFLOW, BLOCKING_WORKFLOW) or a TaskRun
 * (BLOCKING_TASK, BLOCKING_TASK_INPUT), both flat as Conductor's SignalResponse subclasses serialize.
 */
public sealed interface SignalResponse {

    /** A workflow's state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkflowRun(ReturnStrategy responseType, String targetWorkflowId, String targetWorkflowStatus,
                       String requestId, String workflowId, String correlationId, Map<String, Object> input,
                       Map<String, Object> output, boolean signalTimeout, int priority, Map<String, Object> variables,
                       List<Task> tasks, String createdBy, long createTime, String status, long updateTime)
            implements SignalResponse {

        public static WorkflowRun of(Workflow target, Workflow shown, ReturnStrategy strategy, String requestId,
                              boolean signalTimeout) {
            return new WorkflowRun(strategy, target.getWorkflowId(), target.getStatus().name(), requestId,
                    shown.getWorkflowId(), shown.getCorrelationId(), shown.getInput(), shown.getOutput(), signalTimeout,
                    shown.getPriority(), shown.getVariables(), shown.getTasks(), shown.getCreatedBy(),
                    orZero(shown.getCreateTime()), shown.getStatus().name(), orZero(shown.getUpdateTime()));
        }

        private static long orZero(Long time) {
            return time == null ? 0 : time;
        }
    }

    /** A task's state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskRun(ReturnStrategy responseType, String targetWorkflowId, String targetWorkflowStatus,
                   String requestId, String workflowId, String correlationId, Map<String, Object> input,
                   Map<String, Object> output, boolean signalTimeout, String taskType, String taskId,
                   String referenceTaskName, int retryCount, String taskDefName, String retriedTaskId,
                   String workflowType, String reasonForIncompletion, int priority, String createdBy, long createTime,
                   long updateTime, String status) implements SignalResponse {

        public static TaskRun of(Workflow target, Task task, ReturnStrategy strategy, String requestId) {
            return new TaskRun(strategy, target.getWorkflowId(), target.getStatus().name(), requestId,
                    task.getWorkflowInstanceId(), task.getCorrelationId(), task.getInputData(), task.getOutputData(),
                    false, task.getTaskType(), task.getTaskId(), task.getReferenceTaskName(), task.getRetryCount(),
                    task.getTaskDefName(), task.getRetriedTaskId(), task.getWorkflowType(),
                    task.getReasonForIncompletion(), task.getWorkflowPriority(), task.getWorkerId(),
                    task.getStartTime(), task.getUpdateTime(), task.getStatus().name());
        }
    }

    /** What a synchronous signal answers with (Conductor's WorkflowSignalReturnStrategy). */
    enum ReturnStrategy {
        TARGET_WORKFLOW, BLOCKING_WORKFLOW, BLOCKING_TASK, BLOCKING_TASK_INPUT
    }
}
