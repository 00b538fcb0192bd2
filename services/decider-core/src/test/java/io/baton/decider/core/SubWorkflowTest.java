package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.ChildWorkflowEnded;
import io.baton.model.messaging.ChildWorkflowNotStarted;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.SubWorkflowParams;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SUB_WORKFLOW: the child starts, its end flows back to the parent's task, and the parent's end stops the child. */
class SubWorkflowTest {

    static WorkflowDef child(String name, int version) {
        WorkflowDef def = definition(worker("work", Map.of("n", "${workflow.input.n}")));
        def.setName(name);
        def.setVersion(version);
        def.setOutputParameters(Map.of("result", "${work.output.result}"));
        return def;
    }

    static WorkflowTask subWorkflow(String ref, String name, Integer version) {
        SubWorkflowParams params = new SubWorkflowParams();
        params.setName(name);
        params.setVersion(version);
        WorkflowTask task = system(TaskType.SUB_WORKFLOW, ref, Map.of("n", "${workflow.input.n}"));
        task.setSubWorkflowParam(params);
        return task;
    }

    private static WorkflowFamily family() {
        return new WorkflowFamily().register(child("child", 1)).register(child("child", 2));
    }

    @Test
    void shouldStartTheLatestChildByNameAndWaitForIt() {
        // when
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", null), worker("after", Map.of())),
                Map.of("n", 7));

        // then: the task waits with the child's id; the child runs version 2 with the task's input
        Task sub = parent.latest("sub");
        assertEquals(TaskStatus.IN_PROGRESS, sub.getStatus());
        assertEquals(sub.getSubWorkflowId(), sub.getOutputData().get("subWorkflowId"));
        assertEquals(Map.of("n", 7), sub.getInputData().get("workflowInput"));
        assertEquals("child", sub.getInputData().get("subWorkflowName"));
        Workflow child = family.workflow(sub.getSubWorkflowId()).workflow();
        assertEquals(WorkflowStatus.RUNNING, child.getStatus());
        assertEquals(2, child.getWorkflowVersion());
        assertEquals(Map.of("n", 7), child.getInput());
        assertEquals("wf-1", child.getParentWorkflowId());
        assertEquals(sub.getTaskId(), child.getParentWorkflowTaskId());
        assertEquals("corr-1", child.getCorrelationId());
        assertEquals(List.of("workflow.started", "task.in_progress"), parent.eventTypes());
    }

    @Test
    void shouldStartTheVersionNamedAndPassTaskToDomain() {
        // given
        WorkflowTask sub = subWorkflow("sub", "child", 1);
        sub.getSubWorkflowParam().setTaskToDomain(Map.of("*", "blue"));

        // when
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(sub), Map.of("n", 1));

        // then
        WorkflowHarness child = family.workflow(parent.latest("sub").getSubWorkflowId());
        assertEquals(1, child.workflow().getWorkflowVersion());
        assertEquals("blue", child.latest("work").getDomain());
    }

    @Test
    void shouldCompleteTheTaskWithTheChildOutputAndMoveOn() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", null), worker("after",
                Map.of("got", "${sub.output.result}"))), Map.of("n", 7));
        String childId = parent.latest("sub").getSubWorkflowId();

        // when
        family.workflow(childId).complete("work", Map.of("result", 49));
        family.deliver();

        // then
        Task sub = parent.latest("sub");
        assertEquals(TaskStatus.COMPLETED, sub.getStatus());
        assertEquals(Map.of("subWorkflowId", childId, "result", 49), sub.getOutputData());
        assertEquals(Map.of("got", 49), parent.latest("after").getInputData());
    }

    @Test
    void shouldFailTheTaskWithTheChildReasonWhenTheChildFails() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1)), Map.of("n", 7));
        String childId = parent.latest("sub").getSubWorkflowId();

        // when
        family.workflow(childId).fail("work", "boom");
        family.deliver();

        // then: as Conductor 3.32's SubWorkflow words it
        Task sub = parent.latest("sub");
        assertEquals(TaskStatus.FAILED, sub.getStatus());
        String childReason = family.workflow(childId).workflow().getReasonForIncompletion();
        assertEquals("Sub workflow child.1/" + childId + " failure reason: " + childReason,
                sub.getReasonForIncompletion());
        assertTrue(childReason.contains("boom"));
        assertEquals(WorkflowStatus.FAILED, parent.workflow().getStatus());
    }

    @Test
    void shouldRetryTheSameChildWhenTheParentIsRetriedWithResumeSubworkflowTasks() {
        // given: the child failed, and with it the parent
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1), worker("after", Map.of())),
                Map.of("n", 7));
        String childId = parent.latest("sub").getSubWorkflowId();
        family.workflow(childId).fail("work", "boom");
        family.deliver();

        // when
        parent.retry(true);
        family.deliver();

        // then: the same task waits for the same child, which runs its failed task again
        Task sub = parent.latest("sub");
        assertEquals(1, parent.attempts("sub").size());
        assertEquals(TaskStatus.IN_PROGRESS, sub.getStatus());
        assertEquals(childId, sub.getSubWorkflowId());
        WorkflowHarness child = family.workflow(childId);
        assertEquals(WorkflowStatus.RUNNING, child.workflow().getStatus());
        assertEquals(2, child.attempts("work").size());

        // and when the child completes, the parent goes on
        child.complete("work", Map.of("result", 1));
        family.deliver();
        assertEquals(TaskStatus.COMPLETED, parent.latest("sub").getStatus());
        assertEquals(TaskStatus.SCHEDULED, parent.latest("after").getStatus());
    }

    @Test
    void shouldStartANewChildWhenTheParentIsRetriedWithoutResumeSubworkflowTasks() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1)), Map.of("n", 7));
        String firstChild = parent.latest("sub").getSubWorkflowId();
        family.workflow(firstChild).fail("work", "boom");
        family.deliver();

        // when
        parent.retry(false);
        family.deliver();

        // then
        assertEquals(2, parent.attempts("sub").size());
        String secondChild = parent.latest("sub").getSubWorkflowId();
        assertTrue(secondChild != null && !secondChild.equals(firstChild));
        assertEquals(WorkflowStatus.FAILED, family.workflow(firstChild).workflow().getStatus());
    }

    @Test
    void shouldStartANewChildForARetry() {
        // given
        WorkflowTask sub = subWorkflow("sub", "child", 1);
        sub.setRetryCount(1);
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(sub), Map.of("n", 7));
        String firstChild = parent.latest("sub").getSubWorkflowId();

        // when
        family.workflow(firstChild).fail("work", "boom");
        family.deliver();

        // then: the second attempt waits for a child of its own, which runs
        List<Task> attempts = parent.attempts("sub");
        assertEquals(List.of(TaskStatus.FAILED, TaskStatus.IN_PROGRESS), attempts.stream().map(Task::getStatus).toList());
        String secondChild = attempts.getLast().getSubWorkflowId();
        assertEquals(Map.of("subWorkflowId", secondChild), attempts.getLast().getOutputData());
        assertEquals(WorkflowStatus.RUNNING, family.workflow(secondChild).workflow().getStatus());
        assertEquals(WorkflowStatus.RUNNING, parent.workflow().getStatus());
    }

    @Test
    void shouldCancelTheTaskWhenTheChildIsTerminated() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1)), Map.of("n", 7));

        // when
        family.workflow(parent.latest("sub").getSubWorkflowId()).terminate("stop the child");
        family.deliver();

        // then
        assertEquals(TaskStatus.CANCELED, parent.latest("sub").getStatus());
        assertTrue(parent.latest("sub").getReasonForIncompletion().endsWith("failure reason: stop the child"));
        assertEquals(WorkflowStatus.TERMINATED, parent.workflow().getStatus());
    }

    @Test
    void shouldTimeOutTheTaskWhenTheChildTimedOut() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1)), Map.of("n", 7));
        Task sub = parent.latest("sub");

        // when
        parent.apply(new ChildWorkflowEnded("ended-1", "wf-1", parent.now(), sub.getTaskId(), sub.getSubWorkflowId(),
                "child", 1, WorkflowStatus.TIMED_OUT, Map.of(), "too slow"));

        // then
        assertEquals(TaskStatus.TIMED_OUT, parent.latest("sub").getStatus());
        assertEquals(WorkflowStatus.TIMED_OUT, parent.workflow().getStatus());
    }

    @Test
    void shouldTerminateTheRunningChildWhenTheParentIsTerminated() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1)), Map.of("n", 7));
        String childId = parent.latest("sub").getSubWorkflowId();

        // when
        parent.terminate("enough");
        family.deliver();

        // then
        TerminateWorkflow cascade = assertInstanceOf(TerminateWorkflow.class, parent.commands().getLast());
        assertEquals(childId, cascade.workflowId());
        Workflow child = family.workflow(childId).workflow();
        assertEquals(WorkflowStatus.TERMINATED, child.getStatus());
        assertEquals("Parent workflow has been terminated with reason: enough", child.getReasonForIncompletion());
        assertEquals(TaskStatus.CANCELED, family.workflow(childId).latest("work").getStatus());
        // The child's end comes back to a parent already over: it changes nothing.
        assertEquals(TaskStatus.CANCELED, parent.latest("sub").getStatus());
        assertEquals("enough", parent.workflow().getReasonForIncompletion());
    }

    @Test
    void shouldFailTheTaskWhenTheChildDefinitionDoesNotExist() {
        // when
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "nobody", 4)), Map.of());

        // then
        Task sub = parent.latest("sub");
        assertEquals(TaskStatus.FAILED, sub.getStatus());
        assertEquals("No such workflow defined. name=nobody, version=4", sub.getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, parent.workflow().getStatus());
        assertNull(family.workflow(sub.getSubWorkflowId()).workflow());
    }

    @Test
    void shouldSendTheParentWhyAStartWasRefused() {
        // given
        ResolveAndStartWorkflow unresolved = new ResolveAndStartWorkflow("start-1", "child-1", 1L, "nobody", null, null,
                Map.of(), null, 0, Map.of(), "parent-1", "task-1", null, null);

        // when
        Decision decision = new Decider().apply(null, unresolved, java.time.Clock.systemUTC());

        // then: nothing is created, the parent hears why
        assertTrue(decision.applied());
        assertNull(decision.workflow());
        ChildWorkflowNotStarted notice = assertInstanceOf(ChildWorkflowNotStarted.class, decision.commands().getFirst());
        assertEquals(List.of("parent-1", "task-1", "child-1", "No such workflow defined. name=nobody, version=null"),
                List.of(notice.workflowId(), notice.taskId(), notice.childWorkflowId(), notice.reason()));
    }

    @Test
    void shouldStartAnInlineDefinition() {
        // given
        WorkflowTask sub = subWorkflow("sub", null, null);
        sub.getSubWorkflowParam().setWorkflowDefinition(child("inline_child", 1));

        // when
        WorkflowFamily family = new WorkflowFamily();
        WorkflowHarness parent = family.start(definition(sub), Map.of("n", 3));

        // then
        Workflow child = family.workflow(parent.latest("sub").getSubWorkflowId()).workflow();
        assertEquals("inline_child", child.getWorkflowName());
        assertEquals(Map.of("n", 3, "_systemMetadata", Map.of("dynamic", true)), child.getInput());
    }

    @Test
    void shouldFailTheWorkflowWhenSubWorkflowParamIsMissing() {
        // when
        WorkflowHarness parent = new WorkflowHarness().start(definition(system(TaskType.SUB_WORKFLOW, "sub", Map.of())),
                Map.of());

        // then
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, parent.latest("sub").getStatus());
        assertTrue(parent.latest("sub").getReasonForIncompletion().contains("missing subWorkflowParams"));
        assertEquals(WorkflowStatus.FAILED, parent.workflow().getStatus());
        assertTrue(parent.commands().isEmpty());
    }

    @Test
    void shouldIgnoreTheEndOfAChildTheTaskNoLongerWaitsFor() {
        // given
        WorkflowFamily family = family();
        WorkflowHarness parent = family.start(definition(subWorkflow("sub", "child", 1)), Map.of("n", 7));
        Task sub = parent.latest("sub");

        // when
        parent.apply(new ChildWorkflowEnded("ended-2", "wf-1", parent.now(), sub.getTaskId(), "another-child",
                "child", 1, WorkflowStatus.COMPLETED, Map.of(), null));

        // then
        assertTrue(parent.lastDecision().ignoredBecause().contains("another-child"));
        assertEquals(TaskStatus.IN_PROGRESS, parent.latest("sub").getStatus());
    }
}
