package io.baton.workflowapi.workflow;

import io.baton.model.workflow.Workflow;
import io.baton.service.kafka.KeyedRecords;
import io.baton.service.rest.ApiException;
import io.baton.workflowapi.bulk.BulkResponse;
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
 * Pause, resume and terminate. Commands are applied by the decider later, so the caller's answer is decided here,
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
    @Channel("commands")
    MutinyEmitter<String> commands;

    public Uni<Void> apply(String workflowId, LifecycleRequest request) {
        return lookup.find(workflowId, false)
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId))
                .flatMap(workflow -> {
                    ApiException refusal = request.refusal(workflow);
                    return refusal == null ? send(workflowId, request) : Uni.createFrom().failure(refusal);
                });
    }

    /** Applies the request to each workflow on its own: one refused or unknown id does not stop the others. */
    public Uni<BulkResponse> applyAll(List<String> workflowIds, LifecycleRequest request) {
        checkBulk(workflowIds, request);
        return lookup.findAll(workflowIds).flatMap(found -> {
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
        ApiException refusal = workflow == null ? WorkflowLookup.notFound(workflowId) : request.refusal(workflow);
        if (refusal != null) {
            return Uni.createFrom().item(refusal.getMessage());
        }
        return send(workflowId, request).map(sent -> (String) null)
                .onFailure().recoverWithItem(e -> "Could not send the command: " + e.getMessage());
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
