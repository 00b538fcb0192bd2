package io.baton.decider.core.task;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowTask;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EVENT: publishes its input, with the workflow's identity, to its {@code sink}. The decider builds the message as
 * Conductor's Event task does when it starts (the output is the message, plus {@code event_produced}, the sink); the
 * publishing is I/O, so the task then waits on the EVENT queue for task-queue to send the output to Kafka. A
 * {@code conductor} sink names one of Conductor's internal queues, {@code conductor:<workflowName>:<taskRefName>}, and
 * {@code conductor:<name>} names {@code conductor:<workflowName>:<name>}, as Conductor's Event task computes them.
 */
final class EventTask implements TaskTypeHandler {
    private static final String KAFKA_SINK_PREFIX = "kafka:";
    private static final String CONDUCTOR_SINK = "conductor";
    private static final String CONDUCTOR_SINK_PREFIX = CONDUCTOR_SINK + ":";

    private final TaskTypeHandler queue;

    EventTask(TaskTypeHandler queue) {
        this.queue = queue;
    }

    @Override
    public void start(WorkflowExecution execution, Task task) {
        WorkflowTask node = task.getWorkflowTask();
        Workflow workflow = execution.workflow();
        String sink = resolvedSink(execution, node, task.getTaskId());
        task.getInputData().put("sink", sink);
        task.getInputData().put("asyncComplete", node.isAsyncComplete());
        Map<String, Object> message = new LinkedHashMap<>(task.getInputData());
        message.put("workflowInstanceId", workflow.getWorkflowId());
        message.put("workflowType", workflow.getWorkflowName());
        message.put("workflowVersion", workflow.getWorkflowVersion());
        message.put("correlationId", workflow.getCorrelationId());
        message.put("taskToDomain", workflow.getTaskToDomain());
        task.setOutputData(message);
        if (sink == null || sink.isBlank()) {
            fail(execution, task, "An EVENT task needs a sink");
            return;
        }
        String queueName = queueName(sink, workflow, task);
        if (queueName == null) {
            fail(execution, task, "EVENT sink " + sink + " is not supported yet: Baton publishes to "
                    + KAFKA_SINK_PREFIX + "<topic>, " + CONDUCTOR_SINK + " and " + CONDUCTOR_SINK_PREFIX + "<name> only");
            return;
        }
        task.getOutputData().put("event_produced", queueName);
        queue.start(execution, task);
    }

    /** The queue the sink names, or null when Baton cannot publish to it. */
    private static String queueName(String sink, Workflow workflow, Task task) {
        if (sink.startsWith(KAFKA_SINK_PREFIX) && sink.length() > KAFKA_SINK_PREFIX.length()) {
            return sink;
        }
        if (sink.equals(CONDUCTOR_SINK)) {
            return CONDUCTOR_SINK_PREFIX + workflow.getWorkflowName() + ":" + task.getReferenceTaskName();
        }
        if (sink.startsWith(CONDUCTOR_SINK_PREFIX) && sink.length() > CONDUCTOR_SINK_PREFIX.length()) {
            // Conductor drops every "conductor:" in the sink, not only the first.
            return CONDUCTOR_SINK_PREFIX + workflow.getWorkflowName() + ":" + sink.replace(CONDUCTOR_SINK_PREFIX, "");
        }
        return null;
    }

    private static void fail(WorkflowExecution execution, Task task, String reason) {
        task.setReasonForIncompletion(reason);
        TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
    }

    /** The sink may hold {@code ${...}} expressions, resolved like an input parameter. */
    private static String resolvedSink(WorkflowExecution execution, WorkflowTask node, String taskId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sink", node.getSink());
        return ParameterResolver.resolve(parameters, execution.workflow(), taskId, execution.env()).get("sink") instanceof String sink ? sink : null;
    }
}
