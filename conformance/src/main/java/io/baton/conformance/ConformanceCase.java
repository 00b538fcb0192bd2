package io.baton.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One case file: definitions to register, how to start the workflow, what each worker does, and what must come out.
 * The file's name (without {@code .json}) is the case's name.
 *
 * @param taskDefs             task definitions, as {@code POST /api/metadata/taskdefs} takes them
 * @param workflowDefs         other workflow definitions the case starts (sub-workflows, failure workflows,
 *                             START_WORKFLOW targets), registered before {@code workflow}
 * @param workflow             the workflow definition, as {@code PUT /api/metadata/workflow} takes it
 * @param workers              per worker task reference name, what the worker answers on each attempt (the last
 *                             answer repeats); tasks of the workflows it starts are played too
 * @param differsFromConductor set when Conductor 3.32.3 does something else on purpose (see README)
 */
public record ConformanceCase(
        String name,
        String description,
        List<ObjectNode> taskDefs,
        List<ObjectNode> workflowDefs,
        ObjectNode workflow,
        Map<String, Object> input,
        Map<String, String> taskToDomain,
        String correlationId,
        Map<String, List<WorkerAttempt>> workers,
        Expectation expect,
        KnownDifference differsFromConductor) {

    public ConformanceCase {
        taskDefs = taskDefs == null ? List.of() : taskDefs;
        workflowDefs = workflowDefs == null ? List.of() : workflowDefs;
        input = input == null ? Map.of() : input;
        taskToDomain = taskToDomain == null ? Map.of() : taskToDomain;
        workers = workers == null ? Map.of() : workers;
        if (workflow == null || expect == null) {
            throw new IllegalArgumentException("case " + name + " needs a workflow and an expect");
        }
    }

    /** Where Conductor 3.32.3 differs on purpose: why, and what it does instead (when a case states it). */
    public record KnownDifference(String reason, Expectation conductor) {
    }

    public String workflowName() {
        return workflow.path("name").asText();
    }

    public int workflowVersion() {
        return workflow.path("version").asInt(1);
    }

    /** What a run against Conductor itself must show: its own behaviour where it differs on purpose, else the same. */
    public Expectation expectationOfConductor() {
        return differsFromConductor == null ? expect : differsFromConductor.conductor();
    }

    /**
     * The definition as a start carries it to the decider: every task node that names a registered task definition
     * embeds it, and a worker task with none gets the default one, as workflow-api fills them in.
     */
    public WorkflowDef definitionWithTaskDefs() {
        return withTaskDefs(workflow);
    }

    /**
     * The registered definition (the case's workflow or one of its {@code workflowDefs}) with this name and version,
     * the latest when version is null, as a start another workflow asks for would get it; empty when none is.
     */
    public Optional<WorkflowDef> registeredDefinition(String name, Integer version) {
        return Stream.concat(workflowDefs.stream(), Stream.of(workflow))
                .filter(def -> def.path("name").asText().equals(name))
                .filter(def -> version == null || def.path("version").asInt(1) == version)
                .max(Comparator.comparingInt(def -> def.path("version").asInt(1)))
                .map(this::withTaskDefs);
    }

    /** The case's task definitions registered under these names, by name, as a lookup in the metadata finds them. */
    public Map<String, TaskDef> registeredTaskDefs(Set<String> names) {
        Map<String, TaskDef> found = new HashMap<>();
        taskDefs.stream().filter(def -> names.contains(def.path("name").asText()))
                .forEach(def -> found.put(def.path("name").asText(), Json.mapper().convertValue(def, TaskDef.class)));
        return found;
    }

    /** A definition with every task definition embedded (see {@link #definitionWithTaskDefs}), inline ones too. */
    public WorkflowDef withTaskDefs(Object definition) {
        Map<String, ObjectNode> registered = new HashMap<>();
        taskDefs.forEach(def -> registered.put(def.path("name").asText(), def));
        ObjectNode copy = Json.mapper().valueToTree(definition);
        embedTaskDefs(copy.path("tasks"), registered);
        return Json.mapper().convertValue(copy, WorkflowDef.class);
    }

    private static void embedTaskDefs(JsonNode node, Map<String, ObjectNode> registered) {
        if (node instanceof ObjectNode task && task.has("taskReferenceName") && !task.has("taskDefinition")) {
            String name = task.path("name").asText();
            String type = task.path("type").asText(TaskType.SIMPLE);
            if (registered.containsKey(name)) {
                task.set("taskDefinition", registered.get(name));
            } else if (TaskType.isWorkerTask(type)) {
                task.set("taskDefinition", JsonNodeFactory.instance.objectNode().put("name", name));
            }
        }
        node.forEach(child -> embedTaskDefs(child, registered));
    }
}
