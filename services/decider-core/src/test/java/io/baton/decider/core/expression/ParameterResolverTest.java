package io.baton.decider.core.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterResolverTest {
    private static final Workflow WORKFLOW = workflow();

    private static Workflow workflow() {
        WorkflowDef def = new WorkflowDef();
        def.setName("orders");
        Workflow workflow = new Workflow();
        workflow.setWorkflowId("wf-9");
        workflow.setWorkflowDefinition(def);
        workflow.setInput(Map.of("x", "hello", "n", 3, "order", Map.of("id", "o-1", "lines", List.of(1, 2)),
                "key", "id"));
        workflow.setVariables(new HashMap<>(Map.of("v", true)));
        Task lookup = new Task();
        lookup.setTaskId("t-1");
        lookup.setSeq(1);
        lookup.setReferenceTaskName("lookup");
        lookup.setStatus(TaskStatus.COMPLETED);
        lookup.setOutputData(Map.of("items", List.of(Map.of("id", "a", "price", 5), Map.of("id", "b", "price", 50))));
        workflow.getTasks().add(lookup);
        return workflow;
    }

    private static Object resolve(Object value) {
        return ParameterResolver.resolve(Map.of("p", value), WORKFLOW, "task-7", WorkflowEnv.NONE).get("p");
    }

    @Test
    void shouldSubstituteAWholeValueWithItsOwnType() {
        assertEquals(3, resolve("${workflow.input.n}"));
        assertEquals(Map.of("id", "o-1", "lines", List.of(1, 2)), resolve("${workflow.input.order}"));
        assertEquals(List.of(1, 2), resolve("${workflow.input.order.lines}"));
        assertEquals(true, resolve("${workflow.variables.v}"));
        assertEquals("wf-9", resolve("${workflow.workflowId}"));
        assertEquals("orders", resolve("${workflow.workflowType}"));
    }

    @Test
    void shouldWriteValuesIntoTextAsConductorDoes() {
        assertEquals("say hello 3 times", resolve("say ${workflow.input.x} ${workflow.input.n} times"));
        assertEquals("missing: null", resolve("missing: ${workflow.input.absent}"));
    }

    @Test
    void shouldResolveJsonPathIndexesAndFilters() {
        assertEquals("a", resolve("${lookup.output.items[0].id}"));
        assertEquals(List.of("b"), resolve("${lookup.output.items[?(@.price > 10)].id}"));
        assertEquals("COMPLETED", resolve("${lookup.status}"));
    }

    @Test
    void shouldResolveInnerExpressionsFirst() {
        assertEquals("o-1", resolve("${workflow.input.order.${workflow.input.key}}"));
    }

    @Test
    void shouldKeepAnEscapedExpressionLiteral() {
        assertEquals("${workflow.input.x} is hello", resolve("$${workflow.input.x} is ${workflow.input.x}"));
    }

    @Test
    void shouldExpandTheTaskIdVariableAndEmptyExpressions() {
        assertEquals("task-7", resolve("${CPEWF_TASK_ID}"));
        assertEquals("", resolve("${}"));
    }

    @Test
    void shouldResolveMissingPathsToNull() {
        assertNull(resolve("${workflow.input.nothing.deeper}"));
        assertNull(resolve("${no_such_task.output.x}"));
    }

    @Test
    void shouldResolveInsideListsAndNestedMaps() {
        assertEquals(List.of("hello", Map.of("n", 3), 7), resolve(List.of("${workflow.input.x}",
                Map.of("n", "${workflow.input.n}"), 7)));
    }

    @Test
    void shouldKeepAWholeValueThatIsAStringAString() {
        assertEquals("hello", resolve("${workflow.input.x}"));
        assertEquals("hello", resolve("${ workflow.input.x }"), "whitespace around the path is ignored");
    }

    @Test
    void shouldWriteSeveralExpressionsAndNonStringValuesIntoText() {
        assertEquals("hello/hello", resolve("${workflow.input.x}/${workflow.input.x}"));
        assertEquals("lines [1, 2]", resolve("lines ${workflow.input.order.lines}"));
        assertEquals("flag true", resolve("flag ${workflow.variables.v}"));
    }

    @Test
    void shouldLeaveTextWithoutExpressionsAndValuesThatAreNotStringsAsTheyAre() {
        assertEquals("price: $5 {net}", resolve("price: $5 {net}"));
        assertEquals("unclosed ${workflow.input.x", resolve("unclosed ${workflow.input.x"));
        assertEquals(12, resolve(12));
        assertEquals(false, resolve(false));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("p", null);
        assertNull(ParameterResolver.resolve(withNull, WORKFLOW, "task-7", WorkflowEnv.NONE).get("p"));
    }

    @Test
    void shouldTurnAnEscapedExpressionAloneIntoItsLiteralText() {
        assertEquals("${workflow.input.x}", resolve("$${workflow.input.x}"));
    }

    @Test
    void shouldExpandTheTaskIdVariableInsideText() {
        assertEquals("id=task-7", resolve("id=${CPEWF_TASK_ID}"));
        assertNull(ParameterResolver.resolve(Map.of("p", "${CPEWF_TASK_ID}"), WORKFLOW, null, WorkflowEnv.NONE).get("p"),
                "no task id when resolving workflow output");
    }

    @Test
    void shouldReadTheLatestAttemptOfATask() {
        Workflow workflow = workflow();
        Task retry = new Task();
        retry.setTaskId("t-2");
        retry.setSeq(2);
        retry.setRetryCount(1);
        retry.setReferenceTaskName("lookup");
        retry.setStatus(TaskStatus.COMPLETED);
        retry.setOutputData(Map.of("items", List.of(Map.of("id", "z"))));
        workflow.getTasks().addFirst(retry);

        Map<String, Object> resolved = ParameterResolver.resolve(
                Map.of("id", "${lookup.output.items[0].id}", "task", "${lookup.taskId}", "n", "${lookup.retryCount}"),
                workflow, null, WorkflowEnv.NONE);

        assertEquals(Map.of("id", "z", "task", "t-2", "n", 1), resolved);
    }

    @Test
    void shouldAddressATaskInALoopWithoutItsIterationSuffix() {
        Workflow workflow = workflow();
        Task inLoop = new Task();
        inLoop.setTaskId("t-3");
        inLoop.setSeq(3);
        inLoop.setIteration(2);
        inLoop.setReferenceTaskName("step__2");
        inLoop.setStatus(TaskStatus.COMPLETED);
        inLoop.setOutputData(Map.of("v", 2));
        workflow.getTasks().add(inLoop);

        assertEquals(2, ParameterResolver.resolve(Map.of("p", "${step.output.v}"), workflow, null, WorkflowEnv.NONE).get("p"));
    }

    @Test
    void shouldLeaveTheParametersAsTheyWere() {
        Map<String, Object> nested = new LinkedHashMap<>(Map.of("x", "${workflow.input.x}"));
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("nested", nested,
                "list", new ArrayList<>(Arrays.asList("${workflow.input.n}"))));

        Map<String, Object> resolved = ParameterResolver.resolve(parameters, WORKFLOW, "task-7", WorkflowEnv.NONE);

        assertEquals(Map.of("nested", Map.of("x", "hello"), "list", List.of(3)), resolved);
        assertEquals(Map.of("nested", Map.of("x", "${workflow.input.x}"), "list", List.of("${workflow.input.n}")),
                parameters);
    }

    @Test
    void shouldResolveToAnEmptyMapWhenThereAreNoParameters() {
        assertEquals(Map.of(), ParameterResolver.resolve(null, WORKFLOW, "task-7", WorkflowEnv.NONE));
        assertEquals(Map.of(), ParameterResolver.resolve(Map.of(), WORKFLOW, "task-7", WorkflowEnv.NONE));
    }

    @Test
    void shouldReadWorkflowEnvVariablesAsConductorReadsItsEnvironment() {
        WorkflowEnv env = new WorkflowEnv(Map.of("REGION", "eu-west", "SETTINGS", "{\"retries\": 3, \"hosts\": [\"a\", \"b\"]}"));
        Map<String, Object> resolved = ParameterResolver.resolve(Map.of(
                "region", "${workflow.env.REGION}",
                "text", "in ${workflow.env.REGION} with ${workflow.env.ABSENT}",
                "retries", "${workflow.env.SETTINGS.retries}",
                "host", "${workflow.env.SETTINGS.hosts[1]}",
                "notJson", "${workflow.env.REGION.x}"), WORKFLOW, "task-7", env);

        assertEquals("eu-west", resolved.get("region"));
        assertEquals("in eu-west with null", resolved.get("text"));
        assertEquals(3, resolved.get("retries"));
        assertEquals("b", resolved.get("host"));
        assertNull(resolved.get("notJson"));
    }

    @Test
    void shouldReadNoWorkflowEnvVariableWhenNoneIsConfigured() {
        assertNull(resolve("${workflow.env.REGION}"));
    }
}
