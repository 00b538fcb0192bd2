package io.baton.eventhandlers.event;

import io.baton.eventhandlers.event.DeciderTasks.TaskKey;
import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.model.event.EventHandler;
import io.baton.model.event.EventHandlerAction;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.UpdateWorkflowVariables;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.StartWorkflowRequest;
import io.baton.service.kafka.KeyedRecords;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Runs one action of a handler on one message, as Conductor's SimpleActionProcessor does, and says what came of it.
 * Each action is handed over durably before this returns: a start is answered by workflow-api (which has put it on
 * Kafka), a task result is acknowledged by Kafka. Blocking: called on the event consumer's own thread.
 */
@ApplicationScoped
public class EventActions {
    static final String MESSAGE_ID = "conductor.event.messageId";
    static final String EVENT_NAME = "conductor.event.name";
    private static final Logger LOG = Logger.getLogger(EventActions.class);
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration HANDOVER_WAIT = Duration.ofSeconds(30);

    @Inject
    @RestClient
    WorkflowApi workflowApi;
    @Inject
    DeciderTasks tasks;
    @Inject
    @Channel("commands")
    MutinyEmitter<String> commands;

    /** A problem with the event or the handler that no retry can fix. */
    static final class UnusableEvent extends RuntimeException {
        UnusableEvent(String message) {
            super(message);
        }
    }

    /** Tries a few times with growing pauses; a last failure is recorded as FAILED with its reason. */
    public EventExecution run(EventHandler handler, int index, EventMessage message) throws InterruptedException {
        EventHandlerAction action = handler.getActions().get(index);
        String id = message.messageId() + "_" + index;
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                Map<String, Object> output = perform(handler, action, message);
                return new EventExecution(id, message.messageId(), handler.getName(), message.event(), action.getAction(),
                        Status.COMPLETED, output, null);
            } catch (UnusableEvent e) {
                return failed(id, handler, action, message, e.getMessage());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    return failed(id, handler, action, message, "after " + ATTEMPTS + " attempts: " + e.getMessage());
                }
                LOG.debugf(e, "%s of handler %s on %s failed, retrying", action.getAction(), handler.getName(), id);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static EventExecution failed(String id, EventHandler handler, EventHandlerAction action, EventMessage message,
                                         String reason) {
        LOG.warnf("%s of handler %s on message %s failed: %s", action.getAction(), handler.getName(), message.messageId(), reason);
        return new EventExecution(id, message.messageId(), handler.getName(), message.event(), action.getAction(),
                Status.FAILED, null, reason);
    }

    private Map<String, Object> perform(EventHandler handler, EventHandlerAction action, EventMessage message) {
        // Conductor's expandInlineJSON: JSON sent as text in the message is read as JSON before ${...} resolve.
        Map<String, Object> document = action.isExpandInlineJSON() ? InlineJson.expand(message.document()) : message.document();
        return switch (action.getAction()) {
            case "start_workflow" -> startWorkflow(handler, action.getStart_workflow(), document, message);
            case "complete_task" -> reportResult(action.getComplete_task(), TaskResultStatus.COMPLETED, document, message);
            case "fail_task" -> reportResult(action.getFail_task(), TaskResultStatus.FAILED, document, message);
            case "terminate_workflow" -> terminate(handler, action.getTerminate_workflow(), document, message);
            case "update_workflow_variables" ->
                    updateVariables(handler, action.getUpdate_workflow_variables(), document, message);
            default -> throw new UnusableEvent("Action " + action.getAction() + " is not one Baton knows");
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> startWorkflow(EventHandler handler, Map<String, Object> parameters,
                                              Map<String, Object> document, EventMessage message) {
        Map<String, Object> resolved = PayloadParameters.resolve(parameters, document);
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(text(resolved.get("name"), "start_workflow.name"));
        if (resolved.get("version") instanceof Number version) {
            request.setVersion(version.intValue());
        }
        if (resolved.get("correlationId") != null) {
            request.setCorrelationId(resolved.get("correlationId").toString());
        }
        Map<String, Object> input = resolved.get("input") instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
        input.put(MESSAGE_ID, message.messageId());
        input.put(EVENT_NAME, message.event());
        request.setInput(input);
        // The handler's taskToDomain, else the one the payload carries, as Conductor does.
        Object taskToDomain = resolved.get("taskToDomain") != null ? resolved.get("taskToDomain")
                : message.payloadIn(document) instanceof Map<?, ?> payload ? payload.get("taskToDomain") : null;
        if (taskToDomain instanceof Map<?, ?> domains) {
            Map<String, String> mapping = new LinkedHashMap<>();
            domains.forEach((task, domain) -> mapping.put(task.toString(), String.valueOf(domain)));
            request.setTaskToDomain(mapping);
        }
        // A redelivered message carries the same key, so workflow-api answers the first start's id and starts nothing.
        request.setIdempotencyKey(handler.getName() + ":" + message.messageId());
        try {
            return Map.of("workflowId", workflowApi.start(request));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() < 500) {
                // Such as an unknown workflow: asking again gets the same answer.
                throw new UnusableEvent("workflow-api answered " + e.getResponse().getStatus() + " to starting "
                        + request.getName() + ": " + e.getResponse().readEntity(String.class));
            }
            throw e;
        }
    }

    private Map<String, Object> reportResult(Map<String, Object> parameters, TaskResultStatus status,
                                             Map<String, Object> document, EventMessage message) {
        Map<String, Object> resolved = PayloadParameters.resolve(parameters, document);
        TaskKey task = task(resolved).orElseThrow(() -> new IllegalStateException(
                "no task " + (resolved.get("taskId") != null ? resolved.get("taskId")
                        : resolved.get("taskRefName") + " in workflow " + resolved.get("workflowId"))));
        Map<String, Object> output = resolved.get("output") instanceof Map<?, ?> map
                ? new LinkedHashMap<>(castMap(map)) : new LinkedHashMap<>();
        output.put(MESSAGE_ID, message.messageId());
        output.put(EVENT_NAME, message.event());
        TaskResult result = new TaskResult();
        result.setWorkflowInstanceId(task.workflowId());
        result.setTaskId(task.taskId());
        result.setStatus(status);
        result.setOutputData(output);
        if (status == TaskResultStatus.FAILED) {
            Object reason = resolved.get("reasonForIncompletion");
            result.setReasonForIncompletion(reason == null ? "failed by event " + message.event() : reason.toString());
        }
        // The same command id for a redelivered message, so the decider sees one result reported twice.
        String commandId = UUID.nameUUIDFromBytes((message.messageId() + "/" + task.taskId() + "/" + status)
                .getBytes(StandardCharsets.UTF_8)).toString();
        send(new ReportTaskResult(commandId, task.workflowId(), System.currentTimeMillis(), result));
        return Map.of("workflowId", task.workflowId(), "taskId", task.taskId());
    }

    private Map<String, Object> terminate(EventHandler handler, Map<String, Object> parameters,
                                          Map<String, Object> document, EventMessage message) {
        Map<String, Object> resolved = PayloadParameters.resolve(parameters, document);
        String workflowId = text(resolved.get("workflowId"), "terminate_workflow.workflowId");
        Object reason = resolved.get("terminationReason");
        send(new TerminateWorkflow(commandId(handler, message, workflowId, "terminate"), workflowId,
                System.currentTimeMillis(), reason == null ? "terminated by event " + message.event() : reason.toString()));
        return Map.of("workflowId", workflowId);
    }

    private Map<String, Object> updateVariables(EventHandler handler, Map<String, Object> parameters,
                                                Map<String, Object> document, EventMessage message) {
        Map<String, Object> resolved = PayloadParameters.resolve(parameters, document);
        String workflowId = text(resolved.get("workflowId"), "update_workflow_variables.workflowId");
        if (!(resolved.get("variables") instanceof Map<?, ?> variables)) {
            throw new UnusableEvent("update_workflow_variables.variables resolved to " + resolved.get("variables")
                    + ", not an object");
        }
        boolean appendArray = Boolean.TRUE.equals(resolved.get("appendArray"));
        send(new UpdateWorkflowVariables(commandId(handler, message, workflowId, "variables"), workflowId,
                System.currentTimeMillis(), new LinkedHashMap<>(castMap(variables)), appendArray));
        return Map.of("workflowId", workflowId);
    }

    /** The same command id for a redelivered message, so the decider applies the command once. */
    private static String commandId(EventHandler handler, EventMessage message, String workflowId, String what) {
        return UUID.nameUUIDFromBytes((message.messageId() + "/" + handler.getName() + "/" + workflowId + "/" + what)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Returns once Kafka has acknowledged the command. */
    private void send(WorkflowCommand command) {
        commands.sendMessage(KeyedRecords.keyed(command.workflowId(), command)).await().atMost(HANDOVER_WAIT);
    }

    private Optional<TaskKey> task(Map<String, Object> resolved) {
        if (resolved.get("taskId") != null) {
            return tasks.byId(resolved.get("taskId").toString()).await().atMost(HANDOVER_WAIT);
        }
        String workflowId = text(resolved.get("workflowId"), "workflowId");
        String taskRefName = text(resolved.get("taskRefName"), "taskRefName");
        return tasks.byReference(workflowId, taskRefName).await().atMost(HANDOVER_WAIT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String text(Object value, String parameter) {
        if (value == null || value.toString().isBlank()) {
            throw new UnusableEvent(parameter + " resolved to nothing");
        }
        return value.toString();
    }
}
