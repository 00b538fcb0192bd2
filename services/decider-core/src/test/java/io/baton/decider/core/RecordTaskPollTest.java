package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.TaskStatusEvent;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTaskPollTest {

    private static WorkflowHarness startedWithOneTask() {
        return new WorkflowHarness().start(definition(worker("charge", Map.of()), worker("ship", Map.of())), Map.of());
    }

    @Test
    void shouldStartAScheduledTaskWithThePollingWorker() {
        // given
        WorkflowHarness harness = startedWithOneTask().advanceClock(500);

        // when
        harness.poll("charge", "w1");

        // then
        Task charge = harness.latest("charge");
        assertEquals(TaskStatus.IN_PROGRESS, charge.getStatus());
        assertEquals("w1", charge.getWorkerId());
        assertEquals(harness.now(), charge.getStartTime(), "started when the poll record was issued");
        assertEquals(harness.now(), charge.getFirstStartTime());
        assertEquals(1, charge.getPollCount());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(1, harness.workflow().getTasks().size(), "a poll schedules nothing");

        Decision decision = harness.lastDecision();
        assertEquals(List.of(charge.getTaskId()), decision.changedTasks().stream().map(Task::getTaskId).toList());
        assertTrue(decision.dispatches().isEmpty());
        TaskStatusEvent event = (TaskStatusEvent) decision.events().getFirst();
        assertEquals(1, decision.events().size());
        assertEquals("task.in_progress", event.eventType());
        assertEquals(TaskStatus.IN_PROGRESS, event.status());
        assertEquals("w1", event.workerId());
        assertEquals(charge.getTaskId(), event.taskId());
    }

    @Test
    void shouldIgnoreAPollRecordThatArrivesAfterTheResult() {
        // given: the worker's result overtook the poll record
        WorkflowHarness harness = startedWithOneTask();
        String chargeId = harness.latest("charge").getTaskId();
        harness.complete("charge", Map.of("y", 2));

        // when
        harness.apply(new RecordTaskPoll("late-poll", "wf-1", harness.now(), chargeId, "w1"));

        // then
        assertFalse(harness.lastDecision().applied(), "the late poll record changes nothing");
        Task charge = harness.latest("charge");
        assertEquals(TaskStatus.COMPLETED, charge.getStatus());
        assertEquals(1, charge.getPollCount(), "the result already counted the poll");
        assertEquals("worker-1", charge.getWorkerId(), "the worker that reported keeps the task");
    }

    @Test
    void shouldCountAPollAgainAfterACallbackWithoutAnotherStatusEvent() {
        // given
        WorkflowHarness harness = startedWithOneTask().poll("charge", "w1").inProgress("charge", Map.of(), 0);

        // when
        harness.poll("charge", "w2");

        // then
        assertEquals(2, harness.latest("charge").getPollCount());
        assertEquals("w2", harness.latest("charge").getWorkerId());
        assertEquals(List.of("workflow.started", "task.scheduled", "task.in_progress"), harness.eventTypes());
    }

    @Test
    void shouldIgnoreAPollRecordForATaskTheWorkflowDoesNotHave() {
        // given
        WorkflowHarness harness = startedWithOneTask();

        // when
        harness.apply(new RecordTaskPoll("poll-1", "wf-1", harness.now(), "no-such-task", "w1"));

        // then
        assertFalse(harness.lastDecision().applied());
        assertTrue(harness.lastDecision().ignoredBecause().contains("no-such-task"),
                harness.lastDecision().ignoredBecause());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("charge").getStatus());
    }

    @Test
    void shouldIgnoreAPollRecordOnceTheWorkflowIsOver() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of());
        String onlyId = harness.latest("only").getTaskId();
        harness.complete("only", Map.of());

        // when
        harness.apply(new RecordTaskPoll("poll-1", "wf-1", harness.now(), onlyId, "w1"));

        // then
        assertFalse(harness.lastDecision().applied());
        assertTrue(harness.lastDecision().ignoredBecause().contains("COMPLETED"),
                harness.lastDecision().ignoredBecause());
    }
}
