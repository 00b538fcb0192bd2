package io.baton.decider.core;

import static io.baton.decider.core.ControlFlowTest.fork;
import static io.baton.decider.core.ControlFlowTest.join;
import static io.baton.decider.core.ControlFlowTest.switchOn;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DO_WHILE: iterations as {@code ref__N}, the loop condition, the items form, keepLastN, and what a loop can hold. */
class DoWhileTest {

    static WorkflowTask loop(String ref, String condition, WorkflowTask... body) {
        return loop(ref, condition, Map.of(), body);
    }

    static WorkflowTask loop(String ref, String condition, Map<String, Object> input, WorkflowTask... body) {
        WorkflowTask node = system(TaskType.DO_WHILE, ref, input);
        node.setLoopCondition(condition);
        node.setLoopOver(List.of(body));
        return node;
    }

    private static List<String> refs(WorkflowHarness harness) {
        return harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList();
    }

    @Test
    void shouldRunTheLoopTasksAgainWhileTheConditionHolds() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                loop("loop", "$.loop['iteration'] < 3", worker("work", Map.of("round", "${loop.output.iteration}"))),
                worker("after", Map.of())), Map.of());

        // then: the DO_WHILE waits, its first iteration's task is offered under ref__1
        Task loop = harness.latest("loop");
        assertEquals(TaskStatus.IN_PROGRESS, loop.getStatus());
        assertEquals("DO_WHILE", loop.getTaskType());
        assertEquals(1, loop.getIteration());
        Task first = harness.latest("work__1");
        assertEquals(1, first.getIteration());
        assertEquals(Map.of("round", 1), first.getInputData());
        assertEquals(List.of("task_work"), harness.dispatches().stream().map(d -> d.queueName()).toList());

        // when: each iteration's task completes
        harness.complete("work__1", Map.of("n", 1));
        assertEquals(Map.of("round", 2), harness.latest("work__2").getInputData());
        harness.complete("work__2", Map.of("n", 2));
        harness.complete("work__3", Map.of("n", 3));

        // then: three iterations, each one's outputs kept under its number, and the workflow moves on
        loop = harness.latest("loop");
        assertEquals(TaskStatus.COMPLETED, loop.getStatus());
        assertEquals(Map.of("iteration", 3,
                "1", Map.of("work", Map.of("n", 1)),
                "2", Map.of("work", Map.of("n", 2)),
                "3", Map.of("work", Map.of("n", 3))), loop.getOutputData());
        assertEquals(List.of("loop", "work__1", "work__2", "work__3", "after"), refs(harness));
        assertEquals(0, harness.latest("after").getIteration());
        harness.complete("after", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldRunOnceWhenTheConditionIsFalseAtOnce() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "false",
                worker("work", Map.of()))), Map.of());
        harness.complete("work__1", Map.of("v", 1));

        // then: a do-while runs its body before it asks
        assertEquals(List.of("loop", "work__1"), refs(harness));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(Map.of("iteration", 1, "1", Map.of("work", Map.of("v", 1))), harness.latest("loop").getOutputData());
    }

    @Test
    void shouldSeeTheLoopTasksOutputsAndTheLoopInputInTheCondition() {
        // given: the loop ends when the worker says done, or at the input's limit
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop",
                "$.check['done'] != true && $.loop['iteration'] < $.limit", Map.of("limit", "${workflow.input.limit}"),
                worker("check", Map.of()))), Map.of("limit", 10));

        // when
        harness.complete("check__1", Map.of("done", false));
        harness.complete("check__2", Map.of("done", true));

        // then
        assertEquals(List.of("loop", "check__1", "check__2"), refs(harness));
        assertEquals(2, harness.latest("loop").getOutputData().get("iteration"));
        assertEquals(Map.of("limit", 10), harness.latest("loop").getInputData());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldRunTheBodyInOrderInEachIterationAndResolveReferencesToTheCurrentIteration() {
        // given: b reads a's output by a's reference without the suffix
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "$.loop['iteration'] < 2",
                worker("a", Map.of()), worker("b", Map.of("fromA", "${a.output.v}")))), Map.of());

        // when
        harness.complete("a__1", Map.of("v", "a1"));
        assertEquals(Map.of("fromA", "a1"), harness.latest("b__1").getInputData());
        harness.complete("b__1", Map.of());
        harness.complete("a__2", Map.of("v", "a2"));

        // then
        assertEquals(Map.of("fromA", "a2"), harness.latest("b__2").getInputData());
        harness.complete("b__2", Map.of("v", "b2"));
        assertEquals(List.of("loop", "a__1", "b__1", "a__2", "b__2"), refs(harness));
        assertEquals(Map.of("a", Map.of("v", "a2"), "b", Map.of("v", "b2")),
                harness.latest("loop").getOutputData().get("2"));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldRunManyIterationsOfSystemTasksWithinOneDecision() {
        // given: an INLINE body finishes as it starts, so the whole loop runs in the start's decision
        WorkflowTask count = system(TaskType.INLINE, "count", Map.of("evaluatorType", "javascript",
                "expression", "$.i * 10", "i", "${loop.output.iteration}"));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                loop("loop", "$.loop['iteration'] < 50", count)), Map.of());

        // then
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(51, harness.workflow().getTasks().size());
        assertEquals(Map.of("result", 500), harness.latest("count__50").getOutputData());
        assertEquals(50, harness.latest("loop").getOutputData().get("iteration"));
    }

    @Test
    void shouldWaitForTheWholeSwitchCaseInsideTheLoop() {
        // given: a case of an INLINE then a worker, so the switch and the INLINE end before the iteration does
        WorkflowTask route = switchOn("route", "kind", Map.of("slow", List.of(
                system(TaskType.INLINE, "quick", Map.of("evaluatorType", "javascript", "expression", "1")),
                worker("slow", Map.of()))), List.of());
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                loop("loop", "$.loop['iteration'] < 2", route), worker("after", Map.of())), Map.of("kind", "slow"));

        // then: the case's tasks carry the iteration, and the loop waits for the last of them
        assertEquals(List.of("loop", "route__1", "quick__1", "slow__1"), refs(harness));
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("loop").getStatus());

        // when
        harness.complete("slow__1", Map.of());
        harness.complete("slow__2", Map.of());

        // then
        assertEquals(List.of("loop", "route__1", "quick__1", "slow__1", "route__2", "quick__2", "slow__2", "after"),
                refs(harness));
        assertEquals(Map.of("route", Map.of("evaluationResult", List.of("slow"), "selectedCase", "slow"),
                "quick", Map.of("result", 1), "slow", Map.of()), harness.latest("loop").getOutputData().get("2"));
    }

    @Test
    void shouldJoinTheForkOfItsOwnIteration() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "$.loop['iteration'] < 2",
                fork("split", List.of(List.of(worker("left", Map.of())), List.of(worker("right", Map.of())))),
                join("merge", "left", "right"))), Map.of());
        assertEquals(List.of("loop", "split__1", "left__1", "right__1", "merge__1"), refs(harness));

        // when: one branch of the first iteration ends
        harness.complete("left__1", Map.of("side", "l1"));

        // then: its join waits for the other
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("merge__1").getStatus());

        // when
        harness.complete("right__1", Map.of("side", "r1"));

        // then: the join of iteration 1 holds that iteration's outputs, and iteration 2 forks again
        assertEquals(Map.of("left__1", Map.of("side", "l1"), "right__1", Map.of("side", "r1")),
                harness.latest("merge__1").getOutputData());
        assertEquals(2, harness.latest("merge__2").getIteration());
        harness.complete("right__2", Map.of()).complete("left__2", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(9, harness.workflow().getTasks().size());
    }

    @Test
    void shouldIterateOverItems() {
        // given
        WorkflowTask node = loop("loop", null, worker("each", Map.of("item", "${loop.output.loopItem}",
                "index", "${loop.output.loopIndex}")));
        node.setItems("${workflow.input.list}");
        WorkflowHarness harness = new WorkflowHarness().start(definition(node), Map.of("list", List.of("a", "b", "c")));

        // when
        assertEquals(Map.of("item", "a", "index", 0), harness.latest("each__1").getInputData());
        harness.complete("each__1", Map.of());
        assertEquals(Map.of("item", "b", "index", 1), harness.latest("each__2").getInputData());
        harness.complete("each__2", Map.of());
        assertEquals(Map.of("item", "c", "index", 2), harness.latest("each__3").getInputData());
        harness.complete("each__3", Map.of("last", true));

        // then: one iteration per item, no condition needed
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        Map<String, Object> output = harness.latest("loop").getOutputData();
        assertEquals(3, output.get("iteration"));
        assertEquals(2, output.get("loopIndex"));
        assertEquals("c", output.get("loopItem"));
        assertEquals(Map.of("each", Map.of("last", true)), output.get("3"));
    }

    @Test
    void shouldCompleteAnItemsLoopOverAnEmptyListWithoutRunningItsTasks() {
        // given
        WorkflowTask node = loop("loop", null, worker("each", Map.of()));
        node.setItems("${workflow.input.list}");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(node, worker("after", Map.of())),
                Map.of("list", List.of()));

        // then
        assertEquals(List.of("loop", "after"), refs(harness));
        assertEquals(Map.of("iteration", 0), harness.latest("loop").getOutputData());
        assertEquals(TaskStatus.COMPLETED, harness.latest("loop").getStatus());
    }

    @Test
    void shouldEndAnItemsLoopEarlyWhenItsConditionFails() {
        // given: Orkes' _items input, and a condition that sees loopItem
        WorkflowTask node = loop("loop", "$.loopItem != 'stop'", Map.of("_items", "${workflow.input.list}"),
                worker("each", Map.of("item", "${loop.output.loopItem}")));
        WorkflowHarness harness = new WorkflowHarness().start(definition(node),
                Map.of("list", List.of("go", "stop", "never")));

        // when
        harness.complete("each__1", Map.of()).complete("each__2", Map.of());

        // then
        assertEquals(List.of("loop", "each__1", "each__2"), refs(harness));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldIterateOnceOverASingleValue() {
        // given
        WorkflowTask node = loop("loop", null, worker("each", Map.of("item", "${loop.output.loopItem}")));
        node.setItems("${workflow.input.one}");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(node), Map.of("one", "only"));
        harness.complete("each__1", Map.of());

        // then
        assertEquals(Map.of("item", "only"), harness.latest("each__1").getInputData());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldKeepOnlyTheLastNIterationsOutputs() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "$.loop['iteration'] < 4",
                Map.of("keepLastN", 2), worker("work", Map.of()))), Map.of());

        // when
        List<String> workTaskIds = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            workTaskIds.add(harness.latest("work__" + i).getTaskId());
            harness.complete("work__" + i, Map.of("n", i));
        }

        // then
        assertEquals(Map.of("iteration", 4, "3", Map.of("work", Map.of("n", 3)), "4", Map.of("work", Map.of("n", 4))),
                harness.latest("loop").getOutputData());
        // and the older iterations' tasks are gone from the workflow, their rows deleted
        assertEquals(List.of("loop", "work__3", "work__4"),
                harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList());
        assertEquals(1, harness.lastDecision().removedTaskIds().size());
        assertEquals(workTaskIds.subList(0, 2), harness.removedTaskIdsSent(), "task-queue is told they are gone");
    }

    @Test
    void shouldFailTheWorkflowWhenALoopTaskFailsForGood() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "true",
                worker("work", Map.of()))), Map.of());
        harness.complete("work__1", Map.of());

        // when
        harness.failTerminally("work__2", "broken");

        // then: as in Conductor, the loop is canceled with the workflow, which names the loop task
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(TaskStatus.CANCELED, harness.latest("loop").getStatus());
        assertTrue(harness.workflow().getFailedReferenceTaskNames().contains("work__2"));
        assertTrue(harness.workflow().getReasonForIncompletion().contains("broken"));
    }

    @Test
    void shouldRetryALoopTaskWithinItsIteration() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "$.loop['iteration'] < 2",
                worker("work", Map.of(), taskDef("flaky", 1)))), Map.of());

        // when
        harness.fail("work__1", "try again");

        // then: the new attempt keeps the reference and the iteration
        List<Task> attempts = harness.attempts("work__1");
        assertEquals(2, attempts.size());
        assertEquals(1, attempts.get(1).getIteration());
        assertEquals(1, attempts.get(1).getRetryCount());

        // when
        harness.complete("work__1", Map.of("ok", true));
        harness.complete("work__2", Map.of());

        // then
        assertEquals(Map.of("work", Map.of("ok", true)), harness.latest("loop").getOutputData().get("1"));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailTheLoopWhenItsConditionCannotBeEvaluated() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "$.missing.field > 1",
                worker("work", Map.of()))), Map.of());

        // when
        harness.complete("work__1", Map.of());

        // then
        Task loop = harness.latest("loop");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, loop.getStatus());
        assertTrue(loop.getReasonForIncompletion().startsWith("Unable to evaluate condition $.missing.field > 1"),
                loop.getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldTreatAPositiveNumberAsTrueAndAnythingElseAsFalse() {
        // given: the condition's value is 2 - iteration
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("loop", "2 - $.loop.iteration",
                system(TaskType.NOOP, "tick", Map.of()))), Map.of());

        // then
        assertEquals(List.of("loop", "tick__1", "tick__2"), refs(harness));

        // and a string is not true
        WorkflowHarness text = new WorkflowHarness().start(definition(loop("loop", "'yes'",
                system(TaskType.NOOP, "tick", Map.of()))), Map.of());
        assertEquals(List.of("loop", "tick__1"), refs(text));
    }

    @Test
    void shouldRefuseALoopInsideALoop() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(loop("outer", "false",
                loop("inner", "false", worker("work", Map.of())))), Map.of());

        // then
        Task inner = harness.latest("inner__1");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, inner.getStatus());
        assertTrue(inner.getReasonForIncompletion().contains("not supported"));
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertFalse(refs(harness).contains("work__1"));
    }

    @Test
    void shouldStartTheLoopAfterEarlierTasksAndCancelItWhenTheWorkflowIsTerminated() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("first", Map.of()),
                loop("loop", "true", worker("work", Map.of()))), Map.of());

        // when
        harness.complete("first", Map.of());

        // then
        assertEquals(List.of("first", "loop", "work__1"), refs(harness));

        // when
        harness.terminate("stop");

        // then: the loop and its pending task are canceled, the task withdrawn from its queue
        assertEquals(TaskStatus.CANCELED, harness.latest("loop").getStatus());
        assertEquals(TaskStatus.CANCELED, harness.latest("work__1").getStatus());
        assertEquals(List.of(harness.latest("work__1").getTaskId()),
                harness.withdrawals().stream().map(w -> w.taskId()).toList());
    }
}
