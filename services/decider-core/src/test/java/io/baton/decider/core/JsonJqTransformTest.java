package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON_JQ_TRANSFORM runs its jq query over its input inside the decision. */
class JsonJqTransformTest {

    private static WorkflowHarness transform(Map<String, Object> input, Map<String, Object> workflowInput) {
        return new WorkflowHarness().start(definition(system(TaskType.JSON_JQ_TRANSFORM, "jq", input),
                worker("after", Map.of("got", "${jq.output.result}"))), workflowInput);
    }

    @Test
    void shouldOutputTheQuerysValueAsResultAndResultList() {
        // when: Conductor's documented example
        WorkflowHarness harness = transform(Map.of(
                "key1", "${workflow.input.first}", "key2", Map.of("value2", List.of("c", "d")),
                "queryExpression", "{ key3: (.key1.value1 + .key2.value2) }"),
                Map.of("first", Map.of("value1", List.of("a", "b"))));

        // then
        Task jq = harness.latest("jq");
        assertEquals(TaskStatus.COMPLETED, jq.getStatus());
        Map<String, Object> key3 = Map.of("key3", List.of("a", "b", "c", "d"));
        assertEquals(Map.of("result", key3, "resultList", List.of(key3)), jq.getOutputData());
        assertEquals(Map.of("got", key3), harness.latest("after").getInputData());
    }

    @Test
    void shouldGiveTheFirstOfSeveralValuesAsResultAndIntegersAsLongs() {
        Task jq = transform(Map.of("items", List.of(1, 2, 3), "queryExpression", ".items[] | . * 10"), Map.of())
                .latest("jq");

        assertEquals(10L, jq.getOutputData().get("result"));
        assertEquals(List.of(10L, 20L, 30L), jq.getOutputData().get("resultList"));
    }

    @Test
    void shouldGiveANullResultAndAnEmptyListWhenTheQueryEmitsNothing() {
        Task jq = transform(Map.of("queryExpression", "empty"), Map.of()).latest("jq");

        Map<String, Object> expected = new HashMap<>();
        expected.put("result", null);
        expected.put("resultList", List.of());
        assertEquals(expected, jq.getOutputData());
        assertEquals(TaskStatus.COMPLETED, jq.getStatus());
    }

    @Test
    void shouldKeepNullsAndDecimals() {
        Task jq = transform(Map.of("queryExpression", "[.a, 1.5, null]", "a", "x"), Map.of()).latest("jq");

        assertEquals(new ArrayList<>(Arrays.asList("x", 1.5, null)), jq.getOutputData().get("result"));
    }

    @Test
    void shouldFailOnAQueryThatDoesNotCompileWithTheReasonAsError() {
        // when
        WorkflowHarness harness = transform(Map.of("queryExpression", "{ broken"), Map.of());

        // then
        Task jq = harness.latest("jq");
        assertEquals(TaskStatus.FAILED, jq.getStatus());
        assertTrue(!jq.getReasonForIncompletion().isBlank() && !jq.getReasonForIncompletion().contains("N/A"),
                jq.getReasonForIncompletion());
        assertEquals(jq.getReasonForIncompletion(), jq.getOutputData().get("error"));
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailOnAQueryThatFailsOnItsInput() {
        Task jq = transform(Map.of("queryExpression", ".a + 1", "a", "text"), Map.of()).latest("jq");

        assertEquals(TaskStatus.FAILED, jq.getStatus());
        assertTrue(jq.getReasonForIncompletion().contains("cannot be added"), jq.getReasonForIncompletion());
    }

    @Test
    void shouldFailWithoutAQuery() {
        Task jq = transform(new LinkedHashMap<>(Map.of("a", 1)), Map.of()).latest("jq");

        assertEquals(TaskStatus.FAILED, jq.getStatus());
        assertEquals("Missing 'queryExpression' in input parameters", jq.getReasonForIncompletion());
    }

    @Test
    void shouldFailOnAQueryThatRecursesWithoutEnd() {
        Task jq = transform(Map.of("queryExpression", "def f: 1 + f; f"), Map.of()).latest("jq");

        assertEquals(TaskStatus.FAILED, jq.getStatus());
        assertEquals("jq query recursed too deeply", jq.getReasonForIncompletion());
    }

    @Test
    void shouldNotShowTheDecidersEnvironment() {
        Task jq = transform(Map.of("queryExpression", "env"), Map.of()).latest("jq");

        assertEquals(Map.of(), jq.getOutputData().get("result"));
    }
}
