package io.baton.decider.core.task;

import com.fasterxml.jackson.core.type.TypeReference;
import io.baton.decider.core.task.ForkJoinDynamicTask.InvalidDynamicFork;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.json.Json;
import io.baton.model.task.LoopIteration;
import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.SubWorkflowParams;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The branches of a FORK_JOIN_DYNAMIC, one task each, read from either form of its input as Conductor 3.32 reads them. */
final class DynamicForkBranches {
    private static final TypeReference<List<WorkflowTask>> WORKFLOW_TASKS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> TASK_TO_DOMAIN = new TypeReference<>() {
    };

    private DynamicForkBranches() {
    }

    /**
     * The form of {@code dynamicForkTasksParam} (the input holding a list of workflow tasks) and
     * {@code dynamicForkTasksInputParamName} (the input holding each one's input by reference name).
     */
    static List<WorkflowTask> fromTaskList(WorkflowExecution execution, Task fork) {
        WorkflowTask node = fork.getWorkflowTask();
        String tasksParam = node.getDynamicForkTasksParam();
        if (tasksParam == null || tasksParam.isBlank()) {
            Object inputs = fork.getInputData().get("forkTaskInputs");
            throw new InvalidDynamicFork(inputs == null
                    ? "FORK_JOIN_DYNAMIC needs dynamicForkTasksParam and dynamicForkTasksInputParamName, or a "
                    + "forkTaskInputs list in its input"
                    : "forkTaskInputs must be a list, was: " + inputs);
        }
        List<WorkflowTask> branches = taskList(tasksParam, fork.getInputData().get(tasksParam));
        Object inputs = fork.getInputData().get(node.getDynamicForkTasksInputParamName());
        if (!(inputs instanceof Map<?, ?> inputsByRef)) {
            throw new InvalidDynamicFork("Input to the dynamically forked tasks is not a map -> expecting a map of K,V "
                    + "but found " + inputs);
        }
        for (WorkflowTask branch : branches) {
            Object input = inputsByRef.get(branch.getTaskReferenceName());
            if (input instanceof Map<?, ?> map) {
                map.forEach((key, value) -> branch.getInputParameters().put(String.valueOf(key), value));
            } else if (input != null) {
                throw new InvalidDynamicFork("Tasks could not be dynamically forked due to invalid input: the input of "
                        + branch.getTaskReferenceName() + " is not a map: " + input);
            }
            if (branch.getTaskDefinition() == null) {
                execution.registeredTaskDef(branch.getName()).ifPresent(branch::setTaskDefinition);
            }
        }
        return branches;
    }

    private static List<WorkflowTask> taskList(String tasksParam, Object value) {
        String invalid = "Input '" + tasksParam + "' is invalid. Cannot deserialize a list of Workflow Tasks from '"
                + value + "'";
        if (!(value instanceof List<?>)) {
            throw new InvalidDynamicFork(invalid + ": it is not a list");
        }
        List<WorkflowTask> branches;
        try {
            branches = Json.mapper().convertValue(value, WORKFLOW_TASKS);
        } catch (IllegalArgumentException e) {
            throw new InvalidDynamicFork(invalid);
        }
        for (int i = 0; i < branches.size(); i++) {
            WorkflowTask branch = branches.get(i);
            if (branch == null || blank(branch.getTaskReferenceName())) {
                throw new InvalidDynamicFork(invalid + ": task " + i + " has no taskReferenceName");
            }
            if (blank(branch.getName())) {
                throw new InvalidDynamicFork(invalid + ": task " + i + " has no name");
            }
            if (branch.getInputParameters() == null) {
                branch.setInputParameters(new LinkedHashMap<>());
            }
        }
        return branches;
    }

    /**
     * The form of {@code forkTaskInputs}: one task per input (a map is the task's input, anything else its
     * {@code input}), with {@code __index} added, named {@code _<forkTaskName>_<index>} (with the fork's reference in
     * front when the workflow has another dynamic fork); a sub-workflow of {@code forkTaskWorkflow} when it is given.
     */
    static List<WorkflowTask> fromInputList(WorkflowExecution execution, Task fork, List<?> inputs) {
        Map<String, Object> input = fork.getInputData();
        String workflowName = text(input, "forkTaskWorkflow");
        String type = text(input, "forkTaskType");
        String name = text(input, "forkTaskName");
        String forkRef = LoopIteration.definitionReference(fork);
        if (name == null) {
            name = type != null && TaskType.isBuiltIn(type) ? type : forkRef;
        }
        boolean anotherFork = execution.workflow().getTasks().stream()
                .anyMatch(t -> !t.getTaskId().equals(fork.getTaskId()) && t.getWorkflowTask() != null
                        && TaskType.FORK_JOIN_DYNAMIC.equals(t.getWorkflowTask().getType()));
        String prefix = anotherFork ? "_" + forkRef + "_" + name + "_" : "_" + name + "_";
        List<WorkflowTask> branches = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Object branchInput = inputs.get(i);
            WorkflowTask branch;
            if (workflowName != null) {
                branch = subWorkflow(workflowName, version(input.get("forkTaskWorkflowVersion")), branchInput);
            } else {
                branch = task(name, type == null ? TaskType.SIMPLE : type);
                execution.registeredTaskDef(name).ifPresent(branch::setTaskDefinition);
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (branchInput instanceof Map<?, ?> map) {
                map.forEach((key, value) -> parameters.put(String.valueOf(key), value));
            } else {
                parameters.put("input", branchInput);
            }
            parameters.put("__index", i);
            branch.setInputParameters(parameters);
            branch.setTaskReferenceName(prefix + i);
            branch.setOptional(fork.getWorkflowTask().isOptional());
            branches.add(branch);
        }
        return branches;
    }

    private static WorkflowTask task(String name, String type) {
        WorkflowTask branch = new WorkflowTask();
        branch.setName(name);
        branch.setType(type);
        return branch;
    }

    private static WorkflowTask subWorkflow(String workflowName, Integer version, Object branchInput) {
        WorkflowTask branch = task(workflowName, TaskType.SUB_WORKFLOW);
        SubWorkflowParams params = new SubWorkflowParams();
        params.setName(workflowName);
        params.setVersion(version);
        if (branchInput instanceof Map<?, ?> map && map.get("taskToDomain") instanceof Map<?, ?> taskToDomain) {
            try {
                params.setTaskToDomain(Json.mapper().convertValue(taskToDomain, TASK_TO_DOMAIN));
            } catch (IllegalArgumentException e) {
                throw new InvalidDynamicFork("taskToDomain must map task names to domains, was: " + taskToDomain);
            }
        }
        branch.setSubWorkflowParam(params);
        return branch;
    }

    /** A version given as a number or as its text; anything else means the latest. */
    private static Integer version(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value instanceof String text ? Integer.valueOf(text.trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Map<String, Object> input, String key) {
        Object value = input.get(key);
        if (value != null && !(value instanceof String)) {
            throw new InvalidDynamicFork(key + " must be a string, was: " + value);
        }
        return blank((String) value) ? null : (String) value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
