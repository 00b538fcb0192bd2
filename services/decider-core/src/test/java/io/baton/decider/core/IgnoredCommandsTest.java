package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.json.Json;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowDef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands that must change nothing: duplicates, late results, and anything about a workflow that is not there. */
class IgnoredCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(WorkflowHarness.T0), ZoneOffset.UTC);

    private static WorkflowDef twoSteps() {
        return definition(worker("first", Map.of()), worker("second", Map.of()));
    }

    private static void assertIgnored(Decision decision) {
        assertFalse(decision.applied());
        assertNull(decision.workflow(), "an ignored command carries no state to persist");
        assertTrue(decision.changedTasks().isEmpty());
        assertTrue(decision.dispatches().isEmpty());
        assertTrue(decision.events().isEmpty());
    }

    @Test
    void shouldIgnoreASecondStartOfTheSameWorkflow() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1));
        String before = Json.write(harness.workflow());

        // when
        harness.start(twoSteps(), Map.of("x", 2));

        // then
        assertIgnored(harness.lastDecision());
        assertTrue(harness.lastDecision().ignoredBecause().contains("already started"));
        assertEquals(before, Json.write(harness.workflow()));
    }

    @Test
    void shouldIgnoreAResultForATaskTheWorkflowDoesNotHave() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of());

        // when
        harness.apply(harness.reportCommand("no-such-task", TaskResultStatus.COMPLETED, Map.of(), null, 0));

        // then
        assertIgnored(harness.lastDecision());
        assertTrue(harness.lastDecision().ignoredBecause().contains("no-such-task"));
        assertEquals(TaskStatus.SCHEDULED, harness.latest("first").getStatus());
    }

    @Test
    void shouldIgnoreAResultForATaskThatAlreadyEnded() {
        // given: first completed, second running
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of());
        String firstId = harness.latest("first").getTaskId();
        harness.complete("first", Map.of("n", 1));

        // when: a late failure for first
        harness.apply(harness.reportCommand(firstId, TaskResultStatus.FAILED, Map.of(), "late", 0));

        // then
        assertIgnored(harness.lastDecision());
        assertTrue(harness.lastDecision().ignoredBecause().contains(firstId));
        assertEquals(TaskStatus.COMPLETED, harness.latest("first").getStatus());
        assertEquals(Map.of("n", 1), harness.latest("first").getOutputData());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("second").getStatus());
    }

    @Test
    void shouldIgnoreAResultForAnAttemptThatWasAlreadyRetried() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(
                definition(worker("pay", Map.of(), taskDef("pay", 2))), Map.of());
        String firstAttempt = harness.latest("pay").getTaskId();
        harness.fail("pay", "declined");

        // when
        harness.apply(harness.reportCommand(firstAttempt, TaskResultStatus.COMPLETED, Map.of(), null, 0));

        // then
        assertIgnored(harness.lastDecision());
        assertEquals(2, harness.attempts("pay").size());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("pay").getStatus());
    }

    @Test
    void shouldIgnoreAResultOnceTheWorkflowIsOver() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of());
        String onlyId = harness.latest("only").getTaskId();
        harness.complete("only", Map.of("n", 1));
        String completed = Json.write(harness.workflow());

        // when
        harness.apply(harness.reportCommand(onlyId, TaskResultStatus.FAILED, Map.of(), "late", 0));

        // then
        assertIgnored(harness.lastDecision());
        assertTrue(harness.lastDecision().ignoredBecause().contains("COMPLETED"));
        assertEquals(completed, Json.write(harness.workflow()));
    }

    @Test
    void shouldIgnoreARedeliveredResult() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of());
        ReportTaskResult result = harness.reportCommand(harness.latest("first").getTaskId(),
                TaskResultStatus.COMPLETED, Map.of("n", 1), null, 0);
        harness.apply(result);
        String afterFirstDelivery = Json.write(harness.workflow());

        // when
        harness.apply(result);

        // then
        assertIgnored(harness.lastDecision());
        assertEquals(afterFirstDelivery, Json.write(harness.workflow()));
        assertEquals(2, harness.workflow().getTasks().size(), "the second task is not scheduled twice");
    }

    @Test
    void shouldIgnoreCommandsForAWorkflowThatDoesNotExist() {
        TaskResult result = new TaskResult();
        result.setTaskId("t");
        result.setStatus(TaskResultStatus.COMPLETED);

        Decision poll = new Decider().apply(null, new RecordTaskPoll("c1", "nope", 0, "t", "w"), CLOCK);
        Decision report = new Decider().apply(null, new ReportTaskResult("c2", "nope", 0, result), CLOCK);

        assertIgnored(poll);
        assertTrue(poll.ignoredBecause().contains("nope"));
        assertIgnored(report);
        assertTrue(report.ignoredBecause().contains("nope"));
    }
}
