package io.baton.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.model.json.Json;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One case file: definitions to register, how to start the workflow, what each worker does, and what must come out.
 * The file's name (without {@code .json}) is the case's name.
 *
 * @param taskDefs             task definitions, as {@code POST /api/metadata/taskdefs} takes them
 * @param workflow             the workflow definition, as {@code PUT /api/metadata/workflow} takes it
 * @param workers              per worker task reference name, what the worker answers on each attempt (the last
 *                             answer repeats)
 * @param differsFromConductor set when Conductor 3.32.3 does something else on purpose (see README)
 */
public record ConformanceCase(
        String name,
        String description,
        List<ObjectNode> taskDefs,
        ObjectNode workflow,
        Map<String, Object> input,
        Map<String, String> taskToDomain,
        String correlationId,
        Map<String, List<WorkerAttempt>> workers,
        Expectation expect,
        KnownDifference differsFromConductor) {

    public ConformanceCase {
        taskDefs = taskDefs == null ? List.of() : taskDefs;
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
        Map<String, ObjectNode> registered = new HashMap<>();
        taskDefs.forEach(def -> registered.put(def.path("name").asText(), def));
        ObjectNode copy = workflow.deepCopy();
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
