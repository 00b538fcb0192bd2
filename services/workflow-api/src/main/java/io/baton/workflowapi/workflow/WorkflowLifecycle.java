package io.baton.workflowapi.workflow;

import io.baton.model.workflow.Workflow;
import io.baton.service.kafka.KeyedRecords;
import io.baton.service.rest.ApiException;
import io.baton.workflowapi.bulk.BulkResponse;
import io.baton.workflowapi.metadata.WorkflowDefStore;
import io.baton.workflowapi.metadata.Violations;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Pause, resume, terminate, restart, retry, rerun, skip task, remove, decide and reset callbacks. Commands are applied by the decider later, so the caller's answer is decided here,
 * from the workflow as the decider last wrote it: a request Conductor would refuse is refused with Conductor's
 * status and message and sends nothing; any other is acknowledged once its command is on Kafka. Should the workflow
 * change in between, the decider ignores a command that no longer applies.
 */
@ApplicationScoped
public class WorkflowLifecycle {
    /** Conductor's limit on the ids of one bulk request. */
    static final int BULK_LIMIT = 1000;

    private final Clock clock = Clock.systemUTC();

    @Inject
    WorkflowLookup lookup;

    @Inject
    WorkflowDefStore workflowDefs;

    @Inject
    WorkflowStarter starter;

    @Inject
    @Channel("commands")
    MutinyEmitter<String> commands;

    public Uni<Void> apply(String workflowId, LifecycleRequest request) {
        return lookup.find(workflowId, request.needsTasks())
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId))
                .flatMap(workflow -> prepared(workflow, request).flatMap(ready -> {
                    ApiException refusal = ready.refusal(workflow);
                    return refusal == null ? send(workflowId, ready) : Uni.createFrom().failure(refusal);
                }));
    }

    /** Applies the request to each workflow on its own: one refused or unknown id does not stop the others. */
    public Uni<BulkResponse> applyAll(List<String> workflowIds, LifecycleRequest request) {
        checkBulk(workflowIds, request);
        return lookup.findAll(workflowIds, request.needsTasks()).flatMap(found -> {
            List<Uni<String>> outcomes = workflowIds.stream().map(id -> outcome(id, found.get(id), request)).toList();
            return Uni.join().all(outcomes).andFailFast().map(errors -> {
                List<String> succeeded = new ArrayList<>();
                Map<String, String> failed = new LinkedHashMap<>();
                for (int i = 0; i < workflowIds.size(); i++) {
                    if (errors.get(i) == null) {
                        succeeded.add(workflowIds.get(i));
                    } else {
                        failed.put(workflowIds.get(i), errors.get(i));
                    }
                }
                return new BulkResponse(succeeded, failed);
            });
        });
    }

    /** Null when the command was sent, else the error message for that id. */
    private Uni<String> outcome(String workflowId, Workflow workflow, LifecycleRequest request) {
        if (workflow == null) {
            return Uni.createFrom().item(WorkflowLookup.notFound(workflowId).getMessage());
        }
        return prepared(workflow, request).flatMap(ready -> {
            ApiException refusal = ready.refusal(workflow);
            if (refusal != null) {
                return Uni.createFrom().item(refusal.getMessage());
            }
            return send(workflowId, ready).map(sent -> (String) null)
                    .onFailure().recoverWithItem(e -> "Could not send the command: " + e.getMessage());
        }).onFailure(ApiException.class).recoverWithItem(Throwable::getMessage);
    }

    /** A restart on the latest definitions carries the latest version, completed as a start completes it. */
    private Uni<LifecycleRequest> prepared(Workflow workflow, LifecycleRequest request) {
        if (!(request instanceof LifecycleRequest.Restart restart) || !restart.useLatestDefinitions()) {
            return Uni.createFrom().item(request);
        }
        return workflowDefs.get(workflow.getWorkflowName(), null)
                .onItem().ifNull().failWith(() -> ApiException.notFound(
                        "Unable to find latest definition for " + workflow.getWorkflowId()))
                .flatMap(starter::asStarted)
                .map(restart::withLatestDefinition);
    }

    private Uni<Void> send(String workflowId, LifecycleRequest request) {
        return commands.sendMessage(KeyedRecords.keyed(workflowId, request.command(workflowId, clock.millis())));
    }

    private static void checkBulk(List<String> workflowIds, LifecycleRequest request) {
        Violations violations = new Violations();
        String path = request.operation() + ".arg0";
        if (workflowIds == null || workflowIds.isEmpty()) {
            violations.add(path, "WorkflowIds list cannot be null.");
        } else if (workflowIds.size() > BULK_LIMIT) {
            violations.add(path, "Cannot process more than " + BULK_LIMIT
                    + " workflows. Please use multiple requests.");
        }
        violations.throwIfAny();
    }
}
