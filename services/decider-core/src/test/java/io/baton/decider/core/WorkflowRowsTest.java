package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.json.Json;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.TimerPurpose;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTimeoutPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rows of a run of decisions, written once, leave the same rows as writing each decision in turn: the state the
 * decider service stores is the same however many of a workflow's commands one Kafka poll brings.
 */
class WorkflowRowsTest {
    @Test
    void shouldLeaveTheRowsEachDecisionWrittenInTurnLeaves() {
        // given: a workflow through polls, results, a retry, a pause and a resume, a terminate and a restart on the
        // latest definition, which drops every task
        WorkflowDef latest = twoSteps();
        latest.setVersion(4);
        List<Consumer<WorkflowHarness>> commands = List.of(
                harness -> harness.start(twoSteps(), Map.of("n", 1)),
                harness -> harness.poll("a", "w1"),
                harness -> harness.complete("a", Map.of("n", 2)),
                harness -> harness.poll("b", "w1"),
                harness -> harness.fail("b", "try again"),
                harness -> harness.pause(),
                harness -> harness.poll("b", "w2"),
                harness -> harness.resume(),
                harness -> harness.terminate("stop"),
                harness -> harness.restart(latest),
                harness -> harness.poll("a", "w3"));
        List<Decision> decisions = decisionsOf(commands);

        // when
        StoredRows inTurn = new StoredRows();
        decisions.forEach(decision -> inTurn.write(rowsOf(List.of(decision))));

        // then: the whole run at once, and every run of two and three, leave the same rows
        assertFalse(inTurn.timers().isEmpty(), "the scenario leaves timers to compare");
        assertEquals(inTurn, writtenInRunsOf(decisions.size(), decisions));
        assertEquals(inTurn, writtenInRunsOf(2, decisions));
        assertEquals(inTurn, writtenInRunsOf(3, decisions));
    }

    @Test
    void shouldWriteEachChangedTaskOnceInItsLastState() {
        // given
        List<Decision> decisions = decisionsOf(List.of(
                harness -> harness.start(twoSteps(), Map.of()),
                harness -> harness.poll("a", "w1"),
                harness -> harness.complete("a", Map.of())));

        // when
        WorkflowRows rows = rowsOf(decisions);

        // then
        assertEquals(List.of("COMPLETED", "SCHEDULED"),
                rows.changedTasks().stream().map(task -> task.getStatus().name()).toList());
        assertTrue(rows.definitionReplaced(), "the start gave the workflow its definition");
        assertTrue(rows.timers().wholeWorkflow(), "the start replaced all the workflow's timers");
    }

    @Test
    void shouldWriteOnlyTheTaskOfAPollAsConductorsPollLeavesTheWorkflowAlone() {
        // given
        WorkflowHarness harness = new WorkflowHarness();
        harness.start(twoSteps(), Map.of());
        long startedUpdateTime = harness.workflow().getUpdateTime();

        // when
        harness.advanceClock(1_000).poll("a", "w1");
        WorkflowRows rows = rowsOf(List.of(harness.lastDecision()));

        // then
        assertFalse(rows.workflowChanged(), "a poll changes the task, not the workflow row");
        assertEquals(startedUpdateTime, rows.workflow().getUpdateTime());
        assertEquals(List.of("IN_PROGRESS"), rows.changedTasks().stream().map(task -> task.getStatus().name()).toList());
        assertTrue(rowsOf(decisionsOf(List.of(h -> h.start(twoSteps(), Map.of()), h -> h.poll("a", "w1"))))
                .workflowChanged(), "a run with the start writes the workflow");
    }

    @Test
    void shouldWriteNothingButTheDeletionWhenTheRunEndsInARemoval() {
        // given
        List<Decision> decisions = decisionsOf(List.of(
                harness -> harness.start(twoSteps(), Map.of()),
                harness -> harness.poll("a", "w1"),
                WorkflowHarness::remove));

        // when
        WorkflowRows rows = rowsOf(decisions);

        // then
        assertTrue(rows.removedFirst());
        assertNull(rows.workflow());
        assertEquals(List.of(), rows.changedTasks());
        assertEquals(Timers.ALL_CLEARED, rows.timers());
    }

    @Test
    void shouldChangeNothingForADecisionThatWasNotApplied() {
        // when
        WorkflowRows rows = rowsOf(List.of(Decision.ignored("workflow already over")));

        // then
        assertFalse(rows.removedFirst());
        assertNull(rows.workflow());
        assertEquals(Timers.NONE, rows.timers());
    }

    @Test
    void shouldReplaceTheTimersOfATaskALaterDecisionChangedAndKeepTheOthers() {
        // given
        Timers first = new Timers(false, List.of("a", "b"), List.of(timer("t1", "a"), timer("t2", "b")));
        Timers later = new Timers(false, List.of("b", "c"), List.of(timer("t3", "b"), timer("t4", "c")));

        // when
        Timers both = first.then(later);

        // then
        assertEquals(new Timers(false, List.of("a", "b", "c"), List.of(timer("t1", "a"), timer("t3", "b"),
                timer("t4", "c"))), both);
        assertEquals(Timers.ALL_CLEARED, both.then(Timers.ALL_CLEARED));
        assertEquals(both, both.then(Timers.NONE));
        assertEquals(new Timers(true, List.of(), List.of(timer("t0", null), timer("t3", "b"))),
                new Timers(true, List.of(), List.of(timer("t0", null), timer("t1", "b")))
                        .then(new Timers(false, List.of("b"), List.of(timer("t3", "b")))));
    }

    /** Two tasks with timers of their own, in a workflow with a timer of its own. */
    private static WorkflowDef twoSteps() {
        TaskDef first = taskDef("task_a", 0);
        first.setResponseTimeoutSeconds(60);
        first.setPollTimeoutSeconds(30);
        TaskDef second = taskDef("task_b", 1);
        second.setTimeoutSeconds(600);
        WorkflowDef definition = definition(worker("a", Map.of("n", "${workflow.input.n}"), first),
                worker("b", Map.of("n", "${a.output.n}"), second));
        definition.setTimeoutSeconds(3600);
        definition.setTimeoutPolicy(WorkflowTimeoutPolicy.TIME_OUT_WF);
        return definition;
    }

    private static List<Decision> decisionsOf(List<Consumer<WorkflowHarness>> commands) {
        WorkflowHarness harness = new WorkflowHarness();
        List<Decision> decisions = new ArrayList<>();
        for (Consumer<WorkflowHarness> command : commands) {
            command.accept(harness.advanceClock(1_000));
            decisions.add(harness.lastDecision());
        }
        return decisions;
    }

    private static WorkflowRows rowsOf(List<Decision> decisions) {
        WorkflowRows rows = new WorkflowRows();
        decisions.forEach(rows::add);
        return rows;
    }

    private static StoredRows writtenInRunsOf(int size, List<Decision> decisions) {
        StoredRows stored = new StoredRows();
        for (int from = 0; from < decisions.size(); from += size) {
            stored.write(rowsOf(decisions.subList(from, Math.min(from + size, decisions.size()))));
        }
        return stored;
    }

    private static DurableTimer timer(String id, String taskId) {
        return new DurableTimer(1L, new TimerFired(id, "wf-1", 1L, taskId, TimerPurpose.RESPONSE_TIMEOUT));
    }

    /** One workflow's rows as the decider service's store writes them, kept as the JSON it would store. */
    private record StoredRows(Map<String, String> workflow, Map<String, String> tasks, Map<String, DurableTimer> timers) {
        StoredRows() {
            this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }

        void write(WorkflowRows rows) {
            if (rows.removedFirst()) {
                workflow.clear();
                tasks.clear();
            }
            Workflow written = rows.workflow();
            if (written != null) {
                if (rows.workflowChanged()) {
                    workflow.put("state", StoredWorkflow.state(written));
                }
                if (rows.definitionReplaced()) {
                    workflow.put("definition", StoredWorkflow.definition(written));
                }
                for (Task task : rows.changedTasks()) {
                    tasks.put(task.getTaskId(), Json.write(task));
                }
                rows.removedTaskIds().forEach(tasks::remove);
            }
            Timers set = rows.timers();
            if (set.wholeWorkflow()) {
                timers.clear();
            } else {
                // As SQL's task_id = ANY(...): a workflow's own timer (no task) is never among them.
                Set<String> replaced = new HashSet<>(set.taskIds());
                timers.values().removeIf(timer -> replaced.contains(timer.command().taskId()));
            }
            set.toSet().forEach(timer -> timers.putIfAbsent(timer.command().commandId(), timer));
        }
    }
}
