package io.baton.taskqueue.task;

import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Workflows as the decider keeps them (decider.workflow, decider.task), read-only, and whether it has applied a
 * command: what an update that answers with the workflow waits for.
 */
@ApplicationScoped
public class DeciderWorkflows {
    private static final Duration RE_QUERY_EVERY = Duration.ofMillis(20);

    @Inject
    Pool pool;

    @Inject
    DeciderTasks tasks;

    /** The workflow with its tasks; empty when the decider has none with that id. */
    public Uni<Optional<Workflow>> find(String workflowId) {
        return pool.preparedQuery("SELECT " + StoredWorkflow.COLUMNS + " FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<Workflow>empty());
                    }
                    Row row = rows.iterator().next();
                    Workflow workflow = StoredWorkflow.read(row.getString(0), row.getString(1));
                    return tasks.ofWorkflow(workflowId).map(found -> {
                        workflow.getTasks().addAll(found);
                        return Optional.of(workflow);
                    });
                });
    }

    /**
     * Waits until the decider has applied (or deliberately ignored) the command, at most that long.
     *
     * @return whether it has
     */
    public Uni<Boolean> awaitApplied(String commandId, Duration atMost) {
        return awaitApplied(commandId, System.nanoTime() + atMost.toNanos());
    }

    private Uni<Boolean> awaitApplied(String commandId, long deadlineNanos) {
        return pool.preparedQuery("SELECT 1 FROM decider.applied_command WHERE command_id = $1")
                .execute(Tuple.of(commandId))
                .flatMap(rows -> rows.size() > 0 || System.nanoTime() >= deadlineNanos
                        ? Uni.createFrom().item(rows.size() > 0)
                        : Uni.createFrom().voidItem().onItem().delayIt().by(RE_QUERY_EVERY)
                                .flatMap(waited -> awaitApplied(commandId, deadlineNanos)));
    }
}
