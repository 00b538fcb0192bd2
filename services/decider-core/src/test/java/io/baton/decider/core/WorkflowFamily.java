package io.baton.decider.core;

import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.workflow.WorkflowDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflows that start and steer each other, one {@link WorkflowHarness} each: {@link #deliver} hands every command a
 * decision sent for another workflow to that workflow, resolving a requested start against the registered definitions
 * as the decider service does, until no command is left.
 */
final class WorkflowFamily {
    private final Map<String, WorkflowHarness> workflows = new LinkedHashMap<>();
    private final Map<String, Integer> delivered = new LinkedHashMap<>();
    private final List<WorkflowDef> registered = new ArrayList<>();
    private final List<WorkflowCommand> refused = new ArrayList<>();

    WorkflowFamily register(WorkflowDef definition) {
        registered.add(definition);
        return this;
    }

    /** Starts the first workflow, {@code wf-1}, and delivers what it sends. */
    WorkflowHarness start(WorkflowDef definition, Map<String, Object> input) {
        WorkflowHarness first = workflow("wf-1");
        first.start(definition, input);
        deliver();
        return first;
    }

    WorkflowHarness workflow(String workflowId) {
        return workflows.computeIfAbsent(workflowId, WorkflowHarness::new);
    }

    /** Applies every command not yet delivered, and those they lead to. */
    WorkflowFamily deliver() {
        boolean deliveredAny = true;
        while (deliveredAny) {
            deliveredAny = false;
            for (Map.Entry<String, WorkflowHarness> sender : List.copyOf(workflows.entrySet())) {
                List<WorkflowCommand> sent = sender.getValue().commands();
                int done = delivered.getOrDefault(sender.getKey(), 0);
                delivered.put(sender.getKey(), sent.size());
                for (WorkflowCommand command : sent.subList(done, sent.size())) {
                    deliveredAny = true;
                    WorkflowHarness target = workflow(command.workflowId());
                    target.apply(command instanceof ResolveAndStartWorkflow request ? resolve(request) : command);
                }
            }
        }
        return this;
    }

    /** Commands sent for a workflow that never started, e.g. a START_WORKFLOW of an unknown definition. */
    List<WorkflowCommand> refusedStarts() {
        return refused;
    }

    private WorkflowCommand resolve(ResolveAndStartWorkflow request) {
        Optional<WorkflowDef> definition = request.inlineDefinition() != null
                ? Optional.of(request.inlineDefinition())
                : registered.stream()
                        .filter(def -> def.getName().equals(request.name()))
                        .filter(def -> request.version() == null || def.getVersion() == request.version())
                        .max(Comparator.comparingInt(WorkflowDef::getVersion));
        if (definition.isEmpty()) {
            refused.add(request);
            return request;
        }
        return request.resolved(definition.get(), request.input());
    }
}
