package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SWITCH, DECISION, FORK_JOIN and JOIN, and how the workflow walks into and out of their nested tasks. */
class ControlFlowTest {

    static WorkflowTask switchOn(String ref, String inputKey, Map<String, List<WorkflowTask>> cases,
                                 List<WorkflowTask> defaultCase) {
        WorkflowTask node = system(TaskType.SWITCH, ref, Map.of(inputKey, "${workflow.input." + inputKey + "}"));
        node.setEvaluatorType("value-param");
        node.setExpression(inputKey);
        node.setDecisionCases(new LinkedHashMap<>(cases));
        node.setDefaultCase(new ArrayList<>(defaultCase));
        return node;
    }

    static WorkflowTask fork(String ref, List<List<WorkflowTask>> branches) {
        WorkflowTask node = system(TaskType.FORK_JOIN, ref, Map.of());
        node.setForkTasks(new ArrayList<>(branches));
        return node;
    }

    static WorkflowTask join(String ref, String... joinOn) {
        WorkflowTask node = system(TaskType.JOIN, ref, Map.of());
        node.setJoinOn(List.of(joinOn));
        return node;
    }

    private static WorkflowDef switchFlow() {
        return definition(
                switchOn("route", "kind", Map.of(
                        "card", List.of(worker("charge", Map.of()), worker("receipt", Map.of())),
                        "none", List.of()),
                        List.of(worker("manual", Map.of()))),
                worker("ship", Map.of()));
    }

    @Test
    void shouldRunTheChosenCaseThenContinueAfterTheSwitch() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(switchFlow(), Map.of("kind", "card"));

        // then: the switch completed in the start's decision, naming its case as Conductor does
        Task route = harness.latest("route");
        assertEquals(TaskStatus.COMPLETED, route.getStatus());
        assertEquals(Map.of("evaluationResult", List.of("card"), "selectedCase", "card"), route.getOutputData());
        assertEquals("card", route.getInputData().get("case"));
        assertEquals(List.of("task_charge"), harness.dispatches().stream().map(d -> d.queueName()).toList());

        // when: the case runs to its end
        harness.complete("charge", Map.of()).complete("receipt", Map.of());

        // then: the task after the switch follows, and the workflow ends with it
        assertEquals(TaskStatus.SCHEDULED, harness.latest("ship").getStatus());
        harness.complete("ship", Map.of("done", true));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(List.of("route", "charge", "receipt", "ship"), refs(harness));
    }

    @Test
    void shouldTakeTheDefaultCaseWhenNoCaseMatches() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(switchFlow(), Map.of("kind", "cash"));

        // then
        assertEquals(List.of("cash"), harness.latest("route").getOutputData().get("evaluationResult"));
        harness.complete("manual", Map.of());
        harness.complete("ship", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(List.of("route", "manual", "ship"), refs(harness));
    }

    @Test
    void shouldContinueAfterTheSwitchWhenTheCaseIsEmpty() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(switchFlow(), Map.of("kind", "none"));

        // then
        assertEquals(List.of("route", "ship"), refs(harness));
    }

    @Test
    void shouldContinueAfterTheSwitchWhenNoCaseMatchesAndThereIsNoDefault() {
        // when: no input at all makes the case the string "null"
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                switchOn("route", "kind", Map.of("card", List.of(worker("charge", Map.of()))), List.of()),
                system(TaskType.NOOP, "after", Map.of())), Map.of());

        // then
        assertEquals("null", harness.latest("route").getOutputData().get("selectedCase"));
        assertEquals(List.of("route", "after"), refs(harness));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldRouteALegacyDecisionByCaseValueParam() {
        // given
        WorkflowTask decision = system(TaskType.DECISION, "decide", Map.of("size", "${workflow.input.size}"));
        decision.setCaseValueParam("size");
        decision.setDecisionCases(new LinkedHashMap<>(Map.of("3", List.of(system(TaskType.NOOP, "three", Map.of())))));

        // when: a number is matched by its string form
        WorkflowHarness harness = new WorkflowHarness().start(definition(decision, worker("after", Map.of())),
                Map.of("size", 3));

        // then: input and output as Conductor 3.32.3 writes them
        Task decide = harness.latest("decide");
        assertEquals(Map.of("case", "3"), decide.getInputData());
        assertEquals(Map.of("caseOutput", List.of("3")), decide.getOutputData());
        assertEquals(List.of("decide", "three", "after"), refs(harness));
    }

    private static WorkflowDef forkFlow() {
        return definition(
                fork("split", List.of(
                        List.of(worker("left", Map.of())),
                        List.of(worker("right1", Map.of()), worker("right2", Map.of())))),
                join("merge", "left", "right2"),
                worker("after", Map.of("joined", "${merge.output}")));
    }

    @Test
    void shouldStartEveryBranchAndTheJoinTogether() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(forkFlow(), Map.of());

        // then
        assertEquals("FORK", harness.latest("split").getTaskType(), "Conductor 3.32.3 names the fork's type FORK");
        assertEquals(TaskStatus.COMPLETED, harness.latest("split").getStatus());
        assertEquals(List.of("split", "left", "right1", "merge"), refs(harness));
        Task merge = harness.latest("merge");
        assertEquals(TaskStatus.IN_PROGRESS, merge.getStatus());
        assertEquals(Map.of("joinOn", List.of("left", "right2")), merge.getInputData());
        assertEquals(List.of("task_left", "task_right1"), harness.dispatches().stream().map(d -> d.queueName()).toList());
    }

    @Test
    void shouldCompleteTheJoinWhenTheLastJoinedTaskEnds() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(forkFlow(), Map.of());

        // when: the end of a branch schedules nothing; the join waits for the other branch
        harness.complete("left", Map.of("l", 1));
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("merge").getStatus());
        harness.complete("right1", Map.of());
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("merge").getStatus());
        harness.complete("right2", Map.of("r", 2));

        // then: the join completed within that decision and the task after it is scheduled
        Task merge = harness.latest("merge");
        assertEquals(TaskStatus.COMPLETED, merge.getStatus());
        assertEquals(Map.of("left", Map.of("l", 1), "right2", Map.of("r", 2)), merge.getOutputData());
        assertEquals(Map.of("joined", merge.getOutputData()), harness.latest("after").getInputData());
        assertEquals(List.of("split", "left", "right1", "merge", "right2", "after"), refs(harness));
        harness.complete("after", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldJoinAnExcusedOptionalTask() {
        // given
        WorkflowDef def = forkFlow();
        def.getTasks().getFirst().getForkTasks().getFirst().getFirst().setOptional(true);
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of());

        // when
        harness.fail("left", "flaky").complete("right1", Map.of()).complete("right2", Map.of());

        // then: the join names the excused task and, as in Conductor, leaves out the empty output of the other
        Task left = harness.latest("left");
        Task merge = harness.latest("merge");
        assertEquals(TaskStatus.COMPLETED_WITH_ERRORS, left.getStatus());
        assertEquals(TaskStatus.COMPLETED_WITH_ERRORS, merge.getStatus());
        assertEquals(left.getTaskDefName() + "/" + left.getTaskId() + " completed with errors",
                merge.getReasonForIncompletion());
        assertEquals(Map.of(), merge.getOutputData());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after").getStatus());
    }

    @Test
    void shouldFailTheWorkflowAndCancelTheJoinWhenABranchFailsForGood() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(forkFlow(), Map.of());

        // when
        harness.fail("left", "broken");

        // then
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(TaskStatus.CANCELED, harness.latest("merge").getStatus());
        assertEquals(TaskStatus.CANCELED, harness.latest("right1").getStatus());
    }

    @Test
    void shouldWalkASwitchInsideAForkBranch() {
        // given: the switch is the last task of its branch, so the end of its case ends the branch
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                fork("split", List.of(
                        List.of(switchOn("route", "kind", Map.of("a", List.of(worker("inA", Map.of()))), List.of())),
                        List.of(system(TaskType.NOOP, "quick", Map.of())))),
                join("merge", "route", "quick"),
                system(TaskType.NOOP, "after", Map.of())), Map.of("kind", "a"));

        // then: the switch ended, so the join is done although the case is still running, as in Conductor
        assertEquals(TaskStatus.SCHEDULED, harness.latest("inA").getStatus());

        // when
        harness.complete("inA", Map.of());

        // then
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(List.of("split", "route", "inA", "quick", "merge", "after"), refs(harness));
    }

    @Test
    void shouldScheduleWhatAForkOrSwitchInABranchLeadsIntoBeforeTheNextBranch() {
        // when: Conductor's mappers schedule a nested fork's branches and JOIN, and a switch's case, right behind them
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                fork("outer", List.of(
                        List.of(fork("inner", List.of(List.of(worker("a", Map.of())), List.of(worker("b", Map.of())))),
                                join("innerJoin", "a", "b")),
                        List.of(switchOn("route", "kind", Map.of("x", List.of(worker("inX", Map.of()))), List.of())),
                        List.of(worker("c", Map.of())))),
                join("outerJoin", "innerJoin", "route", "c")), Map.of("kind", "x"));

        // then
        assertEquals(List.of("outer", "inner", "a", "b", "innerJoin", "route", "inX", "c", "outerJoin"),
                refs(harness));
    }

    private static List<String> refs(WorkflowHarness harness) {
        return harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList();
    }
}
