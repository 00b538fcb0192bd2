package io.baton.workflowapi.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.error.ApiError.ValidationError;
import io.baton.model.json.Json;
import io.baton.model.workflow.WorkflowDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowDefValidatorTest {
    private static List<ValidationError> check(String json) {
        Violations violations = new Violations();
        WorkflowDefValidator.check(Json.read(json, WorkflowDef.class), "", violations);
        return violations.errors();
    }

    private static void assertOnlyError(List<ValidationError> errors, String path, String messagePart) {
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals(path, errors.getFirst().path());
        assertTrue(errors.getFirst().message().contains(messagePart), () -> errors.getFirst().message());
    }

    @Test
    void shouldAcceptAValidDefinitionWithNestedTasks() {
        assertEquals(List.of(), check("""
                {"name": "order", "tasks": [
                  {"name": "charge", "taskReferenceName": "charge_ref"},
                  {"name": "fork", "taskReferenceName": "fork_ref", "type": "FORK_JOIN",
                   "forkTasks": [[{"name": "ship", "taskReferenceName": "ship_ref"}],
                                 [{"name": "wait", "taskReferenceName": "wait_ref", "type": "WAIT"}]]},
                  {"name": "join", "taskReferenceName": "join_ref", "type": "JOIN"}]}
                """));
    }

    @Test
    void shouldRequireAName() {
        assertOnlyError(check("""
                {"tasks": [{"name": "charge", "taskReferenceName": "charge_ref"}]}
                """), "name", "WorkflowDef name cannot be null or empty");
    }

    @Test
    void shouldRequireAtLeastOneTask() {
        assertOnlyError(check("""
                {"name": "order", "tasks": []}
                """), "tasks", "WorkflowTask list cannot be empty");
    }

    @Test
    void shouldRequireTaskNameAndReferenceName() {
        List<ValidationError> errors = check("""
                {"name": "order", "tasks": [{"type": "WAIT"}]}
                """);
        assertEquals(List.of("tasks[0].name", "tasks[0].taskReferenceName"),
                errors.stream().map(ValidationError::path).toList());
    }

    @Test
    void shouldRefuseAReferenceNameUsedTwiceEvenInsideASwitchCase() {
        assertOnlyError(check("""
                {"name": "order", "tasks": [
                  {"name": "charge", "taskReferenceName": "same"},
                  {"name": "route", "taskReferenceName": "route_ref", "type": "SWITCH",
                   "evaluatorType": "value-param", "expression": "kind",
                   "decisionCases": {"a": [{"name": "ship", "taskReferenceName": "same"}]}}]}
                """), "tasks[1].decisionCases.a[0].taskReferenceName",
                "taskReferenceName: same should be unique across tasks for a given workflowDefinition: order");
    }

    @Test
    void shouldFindDuplicatesInLoopBodiesAndDefaultCases() {
        List<ValidationError> errors = check("""
                {"name": "order", "tasks": [
                  {"name": "loop", "taskReferenceName": "loop_ref", "type": "DO_WHILE", "loopCondition": "false",
                   "loopOver": [{"name": "charge", "taskReferenceName": "x"}]},
                  {"name": "decide", "taskReferenceName": "decide_ref", "type": "DECISION", "caseValueParam": "k",
                   "decisionCases": {"a": [{"name": "ship", "taskReferenceName": "y"}]},
                   "defaultCase": [{"name": "ship", "taskReferenceName": "x"}]}]}
                """);
        assertOnlyError(errors, "tasks[1].defaultCase[0].taskReferenceName", "taskReferenceName: x should be unique");
    }

    @Test
    void shouldAcceptALoopOverItemsWithoutAConditionButNotALoopWithNeither() {
        assertEquals(List.of(), check("""
                {"name": "order", "tasks": [
                  {"name": "loop", "taskReferenceName": "loop_ref", "type": "DO_WHILE", "items": "${workflow.input.list}",
                   "loopOver": [{"name": "charge", "taskReferenceName": "x"}]},
                  {"name": "loop", "taskReferenceName": "orkes_ref", "type": "DO_WHILE",
                   "inputParameters": {"_items": "${workflow.input.list}"},
                   "loopOver": [{"name": "charge", "taskReferenceName": "y"}]}]}
                """));
        assertOnlyError(check("""
                {"name": "order", "tasks": [
                  {"name": "loop", "taskReferenceName": "loop_ref", "type": "DO_WHILE",
                   "loopOver": [{"name": "charge", "taskReferenceName": "x"}]}]}
                """), "tasks[0].loopCondition", "needs loopCondition, or items to iterate over");
    }

    @Test
    void shouldAcceptAWorkerTaskWithoutARegisteredDefinitionAsConductorDoes() {
        assertEquals(List.of(), check("""
                {"name": "order", "tasks": [{"name": "unknown_worker", "taskReferenceName": "w_ref"}]}
                """));
    }

    @Test
    void shouldAcceptAnEmbeddedTaskDefinitionInsteadOfARegisteredOne() {
        assertEquals(List.of(), check("""
                {"name": "order", "tasks": [{"name": "adhoc", "taskReferenceName": "adhoc_ref",
                                             "taskDefinition": {"name": "adhoc", "retryCount": 0}}]}
                """));
    }

    @Test
    void shouldRequireTheFieldsAControlTaskNeeds() {
        List<ValidationError> errors = check("""
                {"name": "order", "tasks": [{"name": "route", "taskReferenceName": "route_ref", "type": "SWITCH"}]}
                """);
        assertEquals(List.of("tasks[0].evaluatorType", "tasks[0].expression", "tasks[0].decisionCases"),
                errors.stream().map(ValidationError::path).toList());
    }

    @Test
    void shouldPrefixPathsWithTheListIndex() {
        Violations violations = new Violations();
        WorkflowDefValidator.check(new WorkflowDef(), "[2]", violations);
        assertEquals(List.of("[2].name", "[2].tasks"), violations.errors().stream().map(ValidationError::path).toList());
    }

    @Test
    void shouldRefuseAJoinOnAReferenceTheDefinitionLacks() {
        assertOnlyError(check("""
                {"name": "order", "tasks": [
                  {"name": "fork", "taskReferenceName": "fork_ref", "type": "FORK_JOIN",
                   "forkTasks": [[{"name": "ship", "taskReferenceName": "ship_ref"}]]},
                  {"name": "join", "taskReferenceName": "join_ref", "type": "JOIN", "joinOn": ["ship_ref", "nowhere"]}]}
                """), "tasks[1].joinOn", "joins on nowhere");
    }

    @Test
    void shouldRefuseAnEmptyForkBranch() {
        assertOnlyError(check("""
                {"name": "order", "tasks": [
                  {"name": "fork", "taskReferenceName": "fork_ref", "type": "FORK_JOIN",
                   "forkTasks": [[{"name": "ship", "taskReferenceName": "ship_ref"}], []]},
                  {"name": "join", "taskReferenceName": "join_ref", "type": "JOIN"}]}
                """), "tasks[0].forkTasks[1]", "a fork branch without tasks");
    }

    @Test
    void shouldRefuseASubWorkflowThatIsTheWorkflowItself() {
        assertOnlyError(check("""
                {"name": "order", "tasks": [{"name": "again", "taskReferenceName": "again_ref",
                  "type": "SUB_WORKFLOW", "subWorkflowParam": {"name": "order"}}]}
                """), "tasks[0].subWorkflowParam.name", "endless recursion");
    }

    @Test
    void shouldRefuseASwitchEvaluatorBatonLacks() {
        assertOnlyError(check("""
                {"name": "order", "tasks": [{"name": "route", "taskReferenceName": "route_ref", "type": "SWITCH",
                  "evaluatorType": "python", "expression": "kind",
                  "decisionCases": {"a": [{"name": "ship", "taskReferenceName": "ship_ref"}]}}]}
                """), "tasks[0].evaluatorType", "has evaluatorType python");
    }

    @Test
    void shouldRefuseAnExpressionOnAReferenceTheDefinitionLacks() {
        List<ValidationError> errors = check("""
                {"name": "order", "tasks": [
                  {"name": "charge", "taskReferenceName": "charge_ref",
                   "inputParameters": {"ok": "${workflow.input.a} ${CPEWF_TASK_ID} $${ghost.output}",
                                       "nested": [{"bad": "${ghost.output.x}"}]}}],
                 "outputParameters": {"total": "${charge_ref.output.total}", "lost": "${gone['x']}"}}
                """);
        assertEquals(List.of("tasks[0].inputParameters.nested[0].bad", "outputParameters.lost"),
                errors.stream().map(ValidationError::path).toList());
        assertTrue(errors.getFirst().message().contains("ghost"), () -> errors.getFirst().message());
    }

    @Test
    void shouldLeaveExpressionsUncheckedBesideADynamicFork() {
        assertEquals(List.of(), check("""
                {"name": "order", "tasks": [
                  {"name": "fan", "taskReferenceName": "fan_ref", "type": "FORK_JOIN_DYNAMIC",
                   "dynamicForkTasksParam": "tasks", "dynamicForkTasksInputParamName": "inputs"},
                  {"name": "join", "taskReferenceName": "join_ref", "type": "JOIN"},
                  {"name": "after", "taskReferenceName": "after_ref", "inputParameters": {"x": "${child_1.output.x}"}}]}
                """));
    }

    @Test
    void shouldRefuseAForkWithMoreBranchesThanTheLimit() {
        WorkflowDef def = Json.read("""
                {"name": "order", "tasks": [{"name": "outer", "taskReferenceName": "outer", "type": "FORK_JOIN",
                   "forkTasks": [[{"name": "inner", "taskReferenceName": "inner", "type": "FORK_JOIN", "forkTasks": [
                       [{"name": "a", "taskReferenceName": "a"}], [{"name": "b", "taskReferenceName": "b"}],
                       [{"name": "c", "taskReferenceName": "c"}]]}]]}]}
                """, WorkflowDef.class);
        Violations withinLimit = new Violations();
        WorkflowDefValidator.checkForkWidths(def, "", 3, withinLimit);
        assertEquals(List.of(), withinLimit.errors());

        Violations overLimit = new Violations();
        WorkflowDefValidator.checkForkWidths(def, "[1]", 2, overLimit);
        assertOnlyError(overLimit.errors(), "[1].tasks[0].forkTasks[0][0].forkTasks",
                "FORK_JOIN inner has 3 branches, more than the limit of 2 (baton.limits.fork-width-max)");
    }
}
