package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** INLINE and LAMBDA run their script inside the decision, with the task's input as {@code $}. */
class InlineAndLambdaTest {

    private static WorkflowTask inline(String ref, Map<String, Object> input) {
        return system(TaskType.INLINE, ref, input);
    }

    private static WorkflowHarness run(WorkflowTask task, Map<String, Object> workflowInput) {
        return new WorkflowHarness().start(definition(task, worker("after", Map.of("got", "${" + task.getTaskReferenceName()
                + ".output.result}"))), workflowInput);
    }

    @Test
    void shouldCompleteWithTheScriptsValueAsResultAndHandItOn() {
        // when
        WorkflowHarness harness = run(inline("calc", Map.of("evaluatorType", "javascript",
                "expression", "(function () { return {sum: $.a + $.b, names: $.names.map(n => n.toUpperCase())}; })()",
                "a", "${workflow.input.a}", "b", 2, "names", List.of("ann", "bob"))), Map.of("a", 1));

        // then
        Task calc = harness.latest("calc");
        assertEquals(TaskStatus.COMPLETED, calc.getStatus());
        Map<String, Object> result = Map.of("sum", 3, "names", List.of("ANN", "BOB"));
        assertEquals(Map.of("result", result), calc.getOutputData());
        assertEquals(TaskType.INLINE, calc.getTaskType());
        assertEquals(Map.of("got", result), harness.latest("after").getInputData());
        assertEquals(List.of("workflow.started", "task.completed", "task.scheduled"), harness.eventTypes());
    }

    @Test
    void shouldEvaluateJavascriptWhenNoEvaluatorIsNamedAndGraaljsAlike() {
        assertEquals(true, run(inline("calc", Map.of("expression", "$.n > 1", "n", 2)), Map.of())
                .latest("calc").getOutputData().get("result"));
        Map<String, Object> input = new LinkedHashMap<>(Map.of("expression", "$.n * 2", "n", 2));
        input.put("evaluatorType", null);
        assertEquals(4, run(inline("calc", input), Map.of()).latest("calc").getOutputData().get("result"));
        assertEquals("x", run(inline("calc", Map.of("evaluatorType", "graaljs", "expression", "'x'")), Map.of())
                .latest("calc").getOutputData().get("result"));
    }

    @Test
    void shouldTakeTheNamedInputWithTheValueParamEvaluator() {
        Task calc = run(inline("calc", Map.of("evaluatorType", "value-param", "expression", "pick",
                "pick", Map.of("a", 1))), Map.of()).latest("calc");
        assertEquals(Map.of("result", Map.of("a", 1)), calc.getOutputData());
    }

    @Test
    void shouldFailTheWorkflowForGoodOnAScriptError() {
        // when
        WorkflowHarness harness = run(inline("calc", Map.of("evaluatorType", "javascript",
                "expression", "$.missing.field")), Map.of());

        // then: as Conductor, the reason is also the task's error output, and nothing after it runs
        Task calc = harness.latest("calc");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, calc.getStatus());
        assertTrue(calc.getReasonForIncompletion().startsWith("Error evaluating the script `TypeError"),
                calc.getReasonForIncompletion());
        assertEquals(calc.getReasonForIncompletion(), calc.getOutputData().get("error"));
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(1, harness.workflow().getTasks().size());
    }

    @Test
    void shouldRefuseAnUnknownEvaluatorABlankOneAndAMissingExpressionAsConductorDoes() {
        assertEquals("Unknown evaluator 'python' in INLINE task.", reasonOf(Map.of("evaluatorType", "python",
                "expression", "1")));
        assertEquals("Empty 'evaluatorType' in INLINE task's input parameters. A non-empty String value must be "
                + "provided.", reasonOf(Map.of("evaluatorType", " ", "expression", "1")));
        assertEquals("Empty 'expression' in Inline task's input parameters. A non-empty String value must be "
                + "provided.", reasonOf(Map.of("evaluatorType", "javascript")));
    }

    private static String reasonOf(Map<String, Object> input) {
        Task calc = run(inline("calc", input), Map.of()).latest("calc");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, calc.getStatus());
        return calc.getReasonForIncompletion();
    }

    @Test
    void shouldCarryOnPastAnOptionalInlineThatFails() {
        WorkflowTask calc = inline("calc", Map.of("expression", "throw new Error('nope')"));
        calc.setOptional(true);

        WorkflowHarness harness = run(calc, Map.of());

        assertEquals(TaskStatus.COMPLETED_WITH_ERRORS, harness.latest("calc").getStatus());
        assertEquals("Error evaluating the script `Error: nope`", harness.latest("calc").getReasonForIncompletion());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after").getStatus());
    }

    @Test
    void shouldRunALambdaBodyAsAFunction() {
        Task lambda = run(system(TaskType.LAMBDA, "calc", Map.of("scriptExpression",
                "if ($.n > 1) { return {big: true}; } return {big: false};", "n", "${workflow.input.n}")),
                Map.of("n", 5)).latest("calc");

        assertEquals(TaskStatus.COMPLETED, lambda.getStatus());
        assertEquals(Map.of("result", Map.of("big", true)), lambda.getOutputData());
    }

    @Test
    void shouldFailALambdaRetriablyAsConductorDoes() {
        // given: a retry allowed on the node
        WorkflowTask broken = system(TaskType.LAMBDA, "calc", Map.of("scriptExpression", "return $.a.b;"));
        broken.setRetryCount(1);

        // when
        WorkflowHarness harness = run(broken, Map.of());

        // then: FAILED, retried once at once, then the workflow fails
        List<Task> attempts = harness.attempts("calc");
        assertEquals(2, attempts.size());
        assertEquals(TaskStatus.FAILED, attempts.get(0).getStatus());
        assertTrue(attempts.get(1).getReasonForIncompletion().startsWith("Error evaluating the script `TypeError"));
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailALambdaWithoutScript() {
        Task lambda = run(system(TaskType.LAMBDA, "calc", Map.of()), Map.of()).latest("calc");

        assertEquals(TaskStatus.FAILED, lambda.getStatus());
        assertEquals("Empty 'scriptExpression' in Lambda task's input parameters. A non-empty String value must be "
                + "provided.", lambda.getReasonForIncompletion());
        assertNull(lambda.getOutputData().get("error"));
    }
}
