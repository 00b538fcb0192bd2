package io.baton.decider.definition;

import io.baton.model.json.Json;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.workflow.WorkflowDef;
import io.baton.service.definition.StartDefinition;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Resolves the definition of a start another workflow asked for, which the pure decider cannot do: from the inline
 * definition, or by name and version (the latest when none) from workflow-api's {@code metadata} schema, read only;
 * task definitions are filled in as a start through workflow-api does ({@link StartDefinition}). A start whose
 * definition is not found is left as it is, for the decider to refuse (failing the task that asked for it).
 */
@ApplicationScoped
public class StartResolver {
    private static final Logger LOG = Logger.getLogger(StartResolver.class);
    private static final String SELECT_WORKFLOW_DEF = "SELECT definition::text FROM metadata.workflow_def WHERE name = $1 ";

    @Inject
    RegisteredTaskDefs taskDefs;

    /** The command to apply: a requested start with its definition found becomes a StartWorkflow; others stay. */
    public Uni<WorkflowCommand> resolve(SqlConnection connection, WorkflowCommand command) {
        if (!(command instanceof ResolveAndStartWorkflow request)) {
            return Uni.createFrom().item(command);
        }
        Uni<WorkflowDef> definition = request.inlineDefinition() != null
                ? Uni.createFrom().item(request.inlineDefinition())
                : registered(connection, request.name(), request.version());
        return definition.flatMap(def -> {
            if (def == null) {
                LOG.warnf("Start of workflow %s refused: no definition %s version %s (asked for by workflow %s)",
                        request.workflowId(), request.name(), request.version(), request.waitingWorkflowId());
                return Uni.createFrom().item(request);
            }
            return taskDefs.named(connection, StartDefinition.taskDefNamesNeeded(def)).map(found -> {
                WorkflowDef snapshot = StartDefinition.of(def, found);
                return request.resolved(snapshot, StartDefinition.inputWithDefaults(snapshot, request.input()));
            });
        });
    }

    private static Uni<WorkflowDef> registered(SqlConnection connection, String name, Integer version) {
        Uni<RowSet<Row>> rows = version == null
                ? connection.preparedQuery(SELECT_WORKFLOW_DEF + "ORDER BY version DESC LIMIT 1").execute(Tuple.of(name))
                : connection.preparedQuery(SELECT_WORKFLOW_DEF + "AND version = $2").execute(Tuple.of(name, version));
        return rows.map(found -> found.size() == 0
                ? null : Json.read(found.iterator().next().getString(0), WorkflowDef.class));
    }
}
