package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SWITCH with a javascript or graaljs evaluator, and DECISION with a caseExpression. */
class ScriptedSwitchTest {

    private static WorkflowTask scriptedSwitch(String evaluatorType, String expression) {
        WorkflowTask node = system(TaskType.SWITCH, "route", Map.of("amount", "${workflow.input.amount}"));
        node.setEvaluatorType(evaluatorType);
        node.setExpression(expression);
        node.setDecisionCases(new LinkedHashMap<>(Map.of(
                "big", List.of(system(TaskType.NOOP, "review", Map.of())),
                "true", List.of(system(TaskType.NOOP, "yes", Map.of())),
                "2", List.of(system(TaskType.NOOP, "two", Map.of())))));
        node.setDefaultCase(List.of(system(TaskType.NOOP, "other", Map.of())));
        return node;
    }

    private static WorkflowHarness run(WorkflowTask node, Object amount) {
        return new WorkflowHarness().start(definition(node, system(TaskType.NOOP, "after", Map.of())),
                Map.of("amount", amount));
    }

    private static List<String> refs(WorkflowHarness harness) {
        return harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList();
    }

    @Test
    void shouldRouteByTheScriptsValue() {
        // when
        WorkflowHarness harness = run(scriptedSwitch("javascript", "$.amount > 100 ? 'big' : 'small'"), 500);

        // then: output and input as for value-param
        Task route = harness.latest("route");
        assertEquals(Map.of("evaluationResult", List.of("big"), "selectedCase", "big"), route.getOutputData());
        assertEquals("big", route.getInputData().get("case"));
        assertEquals(List.of("route", "review", "after"), refs(harness));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());

        assertEquals(List.of("route", "other", "after"),
                refs(run(scriptedSwitch("javascript", "$.amount > 100 ? 'big' : 'small'"), 5)));
    }

    @Test
    void shouldMatchNumbersAndBooleansByTheirStringFormWithGraaljsAlike() {
        assertEquals(List.of("route", "two", "after"), refs(run(scriptedSwitch("graaljs", "$.amount / 2"), 4)));
        assertEquals(List.of("route", "yes", "after"), refs(run(scriptedSwitch("graaljs", "$.amount === 4"), 4)));
        assertEquals("null", run(scriptedSwitch("javascript", "$.nothing"), 4).latest("route")
                .getOutputData().get("selectedCase"));
    }

    @Test
    void shouldFailTheSwitchWithTheScriptsError() {
        // when
        WorkflowHarness harness = run(scriptedSwitch("javascript", "$.amount.no.such"), 4);

        // then
        Task route = harness.latest("route");
        assertEquals(TaskStatus.FAILED, route.getStatus());
        assertTrue(route.getReasonForIncompletion().startsWith("Error evaluating the script `TypeError"),
                route.getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(List.of("route"), refs(harness));
    }

    @Test
    void shouldFailTheWorkflowOnAnEvaluatorItDoesNotHave() {
        WorkflowHarness harness = run(scriptedSwitch("python", "'big'"), 4);

        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("route").getStatus());
        assertEquals("No evaluator registered for type: python", harness.latest("route").getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    private static WorkflowTask decision(String caseExpression) {
        WorkflowTask node = system(TaskType.DECISION, "decide", Map.of("size", "${workflow.input.amount}"));
        node.setCaseExpression(caseExpression);
        node.setDecisionCases(new LinkedHashMap<>(Map.of("large", List.of(system(TaskType.NOOP, "large", Map.of())))));
        return node;
    }

    @Test
    void shouldRouteALegacyDecisionByItsCaseExpression() {
        WorkflowHarness harness = run(decision("$.size > 10 ? 'large' : 'small'"), 11);

        Task decide = harness.latest("decide");
        assertEquals(Map.of("case", "large"), decide.getInputData());
        assertEquals(Map.of("caseOutput", List.of("large")), decide.getOutputData());
        assertEquals(List.of("decide", "large", "after"), refs(harness));
    }

    @Test
    void shouldFailTheWorkflowNamingADecisionsBrokenCaseExpression() {
        WorkflowHarness harness = run(decision("$.size.x.y"), 11);

        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("decide").getStatus());
        assertEquals("Error while evaluating script: $.size.x.y", harness.latest("decide").getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }
}
