package io.baton.workflowapi.workflow;

import io.baton.model.workflow.Workflow;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds workflows as a client expects after starting them. A start only puts a command on Kafka, so when a workflow
 * this instance started moments ago is not in the decider's tables yet, the read waits briefly for the decider
 * rather than answer 404 to a client reading (or pausing, or terminating) its own start. Unknown ids answer at once.
 */
@ApplicationScoped
public class WorkflowLookup {
    /**
     * How long a read of a workflow this instance just started waits for the decider to have written it: long enough
     * for a decider that is starting up or busy, and a bound for a start the decider will never apply.
     */
    static final Duration READ_YOUR_START_WAIT = Duration.ofSeconds(5);
    private static final Duration RE_QUERY_EVERY = Duration.ofMillis(20);

    @Inject
    WorkflowExecutions executions;

    @Inject
    RecentStarts recentStarts;

    /** Conductor's answer to an id no workflow has. */
    public static ApiException notFound(String workflowId) {
        return ApiException.notFound("No such workflow found by id: " + workflowId);
    }

    /** The workflow, or null when there is none with that id. */
    public Uni<Workflow> find(String workflowId, boolean includeTasks) {
        return awaitingStart(workflowId, () -> executions.find(workflowId, includeTasks));
    }

    /** The workflow as JSON ({@link WorkflowExecutions#findJson}), or null when there is none with that id. */
    public Uni<String> findJson(String workflowId, boolean includeTasks) {
        return awaitingStart(workflowId, () -> executions.findJson(workflowId, includeTasks));
    }

    /** The workflows with these ids that exist, by id; one query (two with tasks) unless some were just started. */
    public Uni<Map<String, Workflow>> findAll(List<String> workflowIds, boolean includeTasks) {
        return executions.findAll(workflowIds, includeTasks).flatMap(found -> {
            Map<String, Workflow> byId = new LinkedHashMap<>();
            found.forEach(workflow -> byId.put(workflow.getWorkflowId(), workflow));
            List<Uni<Workflow>> justStarted = workflowIds.stream()
                    .filter(id -> !byId.containsKey(id) && recentStarts.isRecent(id))
                    .distinct()
                    .map(id -> find(id, includeTasks))
                    .toList();
            if (justStarted.isEmpty()) {
                return Uni.createFrom().item(byId);
            }
            return Uni.join().all(justStarted).andFailFast().map(late -> {
                late.stream().filter(workflow -> workflow != null)
                        .forEach(workflow -> byId.put(workflow.getWorkflowId(), workflow));
                return byId;
            });
        });
    }

    private <T> Uni<T> awaitingStart(String workflowId, Supplier<Uni<T>> read) {
        return awaitingStart(workflowId, read, System.nanoTime() + READ_YOUR_START_WAIT.toNanos());
    }

    private <T> Uni<T> awaitingStart(String workflowId, Supplier<Uni<T>> read, long deadlineNanos) {
        return read.get().flatMap(found -> {
            if (found != null || !recentStarts.isRecent(workflowId) || System.nanoTime() >= deadlineNanos) {
                return Uni.createFrom().item(found);
            }
            return Uni.createFrom().voidItem().onItem().delayIt().by(RE_QUERY_EVERY)
                    .flatMap(waited -> awaitingStart(workflowId, read, deadlineNanos));
        });
    }
}
