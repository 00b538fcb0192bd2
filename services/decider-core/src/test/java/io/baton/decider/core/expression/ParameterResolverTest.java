package io.baton.decider.core.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import java.util.HashMap;
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
        return ParameterResolver.resolve(Map.of("p", value), WORKFLOW, "task-7").get("p");
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
}
