package io.baton.workflowapi.workflow;

import io.baton.model.messaging.StartWorkflow;
import io.baton.model.workflow.StartWorkflowRequest;
import io.baton.model.workflow.WorkflowDef;
import io.baton.service.definition.StartDefinition;
import io.baton.service.kafka.KeyedRecords;
import io.baton.service.limit.PayloadLimits;
import io.baton.service.limit.PayloadSize;
import io.baton.service.rest.ApiException;
import io.baton.workflowapi.metadata.TaskDefStore;
import io.baton.workflowapi.metadata.WorkflowDefStore;
import io.baton.workflowapi.metadata.WorkflowDefValidator;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Starts a workflow the Baton way: resolve and complete the definition, make the id, put a StartWorkflow command on
 * Kafka keyed by that id, and answer once the broker has acknowledged it. Nothing is written here; the decider creates
 * the workflow when it applies the command.
 */
@ApplicationScoped
public class WorkflowStarter {
    private final Clock clock = Clock.systemUTC();

    @Inject
    WorkflowDefStore workflowDefs;

    @Inject
    TaskDefStore taskDefs;

    @Inject
    WorkflowDefValidator validator;

    @Inject
    RecentStarts recentStarts;

    @Inject
    PayloadLimits limits;

    @Inject
    @Channel("commands")
    MutinyEmitter<String> commands;

    /** @return the new workflow's id, once the command is on Kafka */
    public Uni<String> start(StartWorkflowRequest request) {
        checkRequest(request);
        return definition(request)
                .flatMap(this::asStarted)
                .flatMap(def -> send(request, def));
    }

    /** The definition as a workflow starts with it (and restarts with it on its latest definitions). */
    Uni<WorkflowDef> asStarted(WorkflowDef def) {
        return taskDefs.named(StartDefinition.taskDefNamesNeeded(def)).map(registered -> StartDefinition.of(def, registered));
    }

    private void checkRequest(StartWorkflowRequest request) {
        if (request == null) {
            throw ApiException.badRequest("StartWorkflowRequest cannot be null");
        }
        if (request.getName() == null || request.getName().isBlank()) {
            throw ApiException.badRequest("Workflow name cannot be null or empty");
        }
        int priority = request.getPriority() == null ? 0 : request.getPriority();
        if (priority < 0 || priority > 99) {
            throw ApiException.badRequest("priority: " + priority + " should be between 0 and 99");
        }
        PayloadSize.requireWithin(request.getInput(), limits.workflowInputMaxSize(), "input",
                "baton.limits.workflow-input-max-size");
    }

    /** The inline definition when the request carries one (checked as a registration would be), else the stored one. */
    private Uni<WorkflowDef> definition(StartWorkflowRequest request) {
        WorkflowDef inline = request.getWorkflowDef();
        if (inline != null) {
            return validator.requireValid(Collections.singletonList(inline), false).replaceWith(inline);
        }
        return workflowDefs.get(request.getName(), request.getVersion()).onItem().ifNull().failWith(() ->
                ApiException.notFound("No such workflow defined. name=" + request.getName()
                        + ", version=" + request.getVersion()));
    }

    private Uni<String> send(StartWorkflowRequest request, WorkflowDef def) {
        String workflowId = WorkflowIds.forStart(request.getName(), request.getIdempotencyKey());
        StartWorkflow command = new StartWorkflow(UUID.randomUUID().toString(), workflowId, clock.millis(), def,
                StartDefinition.inputWithDefaults(def, request.getInput()), request.getCorrelationId(),
                request.getPriority() == null ? 0 : request.getPriority(),
                request.getTaskToDomain() == null ? Map.of() : request.getTaskToDomain(),
                request.getCreatedBy(), request.getIdempotencyKey(), null, null, null);
        return commands.sendMessage(KeyedRecords.keyed(workflowId, command))
                .invoke(() -> recentStarts.record(workflowId))
                .replaceWith(workflowId);
    }
}
