package io.baton.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.baton.model.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Compares a workflow, as {@code GET /api/workflow/{id}} answers it, with an expectation and names every difference.
 * Numbers compare by value (1 equals 1.0). In expected strings, {@code {{workflowId}}} stands for the workflow's id
 * and {@code {{taskId:ref}}} for the id of the first task with that reference name, since neither is known in advance.
 */
public final class ExpectationCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(workflowId|taskId:([^}]+))}}");
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private final JsonNode workflow;
    private final Function<String, Optional<JsonNode>> workflowsById;
    private final String prefix;
    private final List<String> mismatches;

    private ExpectationCheck(JsonNode workflow, Function<String, Optional<JsonNode>> workflowsById, String prefix,
                             List<String> mismatches) {
        this.workflow = workflow;
        this.workflowsById = workflowsById;
        this.prefix = prefix;
        this.mismatches = mismatches;
    }

    /** Every difference between the workflow and the expectation; empty when it conforms. */
    public static List<String> mismatches(Expectation expected, JsonNode workflow) {
        return mismatches(expected, workflow, id -> Optional.empty());
    }

    /**
     * As {@link #mismatches(Expectation, JsonNode)}, also checking the workflows it started, which
     * {@code workflowsById} finds (as {@code GET /api/workflow/{id}} shows them; empty when there is none).
     */
    public static List<String> mismatches(Expectation expected, JsonNode workflow,
                                          Function<String, Optional<JsonNode>> workflowsById) {
        List<String> mismatches = new ArrayList<>();
        new ExpectationCheck(workflow, workflowsById, "", mismatches).compareWorkflow(expected);
        return mismatches;
    }

    /** A failure message: the case, what it is about, and each difference on a line of its own. */
    public static String report(ConformanceCase conformanceCase, List<String> mismatches) {
        return conformanceCase.name() + ": " + conformanceCase.description() + "\n  " + String.join("\n  ", mismatches);
    }

    private void compareWorkflow(Expectation expected) {
        compareText("workflow status", expected.status(), workflow.path("status").asText(null));
        compareKeys("workflow input", expected.input(), workflow.path("input"));
        compareWhole("workflow output", expected.output(), workflow.path("output"));
        compareWhole("workflow variables", expected.variables(), workflow.path("variables"));
        compareContains("workflow reasonForIncompletion", expected.reasonForIncompletion(),
                workflow.path("reasonForIncompletion").asText(""));
        if (expected.tasks() != null) {
            compareTasks(expected.tasks());
        }
        compareStarted("failure workflow", expected.failureWorkflow(), StartedWorkflows.failureWorkflow(workflow));
    }

    private void compareStarted(String what, Expectation expected, Optional<String> id) {
        if (expected == null) {
            return;
        }
        Optional<JsonNode> started = id.flatMap(workflowsById);
        if (started.isEmpty()) {
            mismatches.add(prefix + what + ": expected a workflow but found " + id.map(i -> "no workflow " + i)
                    .orElse("no id"));
            return;
        }
        new ExpectationCheck(started.get(), workflowsById, prefix + what + " > ", mismatches).compareWorkflow(expected);
    }

    private void compareTasks(List<Expectation.ExpectedTask> expected) {
        List<JsonNode> actual = StreamSupport.stream(workflow.path("tasks").spliterator(), false).toList();
        if (actual.size() != expected.size()) {
            mismatches.add(prefix + "tasks: expected " + expected.stream().map(ExpectationCheck::summary).toList()
                    + " but were " + actual.stream().map(ExpectationCheck::summary).toList());
        }
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            Expectation.ExpectedTask want = expected.get(i);
            JsonNode task = actual.get(i);
            String where = "tasks[" + i + "] (" + want.ref() + ")";
            compareText(where + " referenceTaskName", want.ref(), task.path("referenceTaskName").asText(null));
            compareText(where + " taskType", want.type(), task.path("taskType").asText(null));
            compareText(where + " status", want.status(), task.path("status").asText(null));
            compareText(where + " domain", want.domain(), task.path("domain").asText(null));
            compareContains(where + " reasonForIncompletion", want.reasonForIncompletion(),
                    task.path("reasonForIncompletion").asText(""));
            compareKeys(where + " inputData", want.input(), task.path("inputData"));
            compareKeys(where + " outputData", want.output(), task.path("outputData"));
            compareStarted(where + " started workflow", want.startedWorkflow(), StartedWorkflows.byTask(task));
        }
    }

    private static String summary(Expectation.ExpectedTask task) {
        return task.ref() + ":" + task.type() + ":" + task.status();
    }

    private static String summary(JsonNode task) {
        return task.path("referenceTaskName").asText() + ":" + task.path("taskType").asText() + ":"
                + task.path("status").asText();
    }

    private void compareText(String what, String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            mismatches.add(prefix + what + ": expected " + expected + " but was " + actual);
        }
    }

    private void compareContains(String what, String expected, String actual) {
        if (expected != null && !actual.contains(expected)) {
            mismatches.add(prefix + what + ": expected to contain \"" + expected + "\" but was \"" + actual + "\"");
        }
    }

    private void compareKeys(String what, Map<String, JsonNode> expected, JsonNode actual) {
        if (expected != null) {
            expected.forEach((key, value) -> compareWhole(what + "." + key, value, actual.path(key)));
        }
    }

    private void compareWhole(String what, JsonNode expected, JsonNode actual) {
        if (expected == null) {
            return;
        }
        JsonNode want = withPlaceholdersFilled(expected);
        if (actual.isMissingNode() || !want.equals(BY_VALUE, actual)) {
            mismatches.add(prefix + what + ": expected " + Json.write(want) + " but was "
                    + (actual.isMissingNode() ? "absent" : Json.write(actual)));
        }
    }

    private JsonNode withPlaceholdersFilled(JsonNode expected) {
        if (expected.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(expected.asText());
            return new TextNode(matcher.replaceAll(found -> Matcher.quoteReplacement(placeholderValue(found))));
        }
        if (expected.isContainerNode()) {
            JsonNode copy = expected.deepCopy();
            if (copy instanceof ObjectNode object) {
                object.properties().forEach(entry -> entry.setValue(withPlaceholdersFilled(entry.getValue())));
            } else {
                for (int i = 0; i < copy.size(); i++) {
                    ((ArrayNode) copy).set(i, withPlaceholdersFilled(copy.get(i)));
                }
            }
            return copy;
        }
        return expected;
    }

    private String placeholderValue(MatchResult found) {
        if (found.group(2) == null) {
            return workflow.path("workflowId").asText();
        }
        for (JsonNode task : workflow.path("tasks")) {
            if (task.path("referenceTaskName").asText().equals(found.group(2))) {
                return task.path("taskId").asText();
            }
        }
        return "no task " + found.group(2);
    }
}
