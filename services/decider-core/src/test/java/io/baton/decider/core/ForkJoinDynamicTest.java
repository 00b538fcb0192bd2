package io.baton.decider.core;

import static io.baton.decider.core.ControlFlowTest.join;
import static io.baton.decider.core.DoWhileTest.loop;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FORK_JOIN_DYNAMIC in both its forms, the JOIN that waits on what it forked, and input it cannot fork. */
class ForkJoinDynamicTest {

    private static WorkflowTask dynamicFork(String ref, Map<String, Object> input) {
        WorkflowTask node = system(TaskType.FORK_JOIN_DYNAMIC, ref, input);
        node.setDynamicForkTasksParam("tasks");
        node.setDynamicForkTasksInputParamName("inputs");
        return node;
    }

    /** A dynamic fork of the tasks and inputs in the workflow's input, joined, then a task after. */
    private static WorkflowDef listFormFlow() {
        return definition(
                dynamicFork("fan", Map.of("tasks", "${workflow.input.tasks}", "inputs", "${workflow.input.inputs}")),
                join("gather"),
                worker("after", Map.of("all", "${gather.output}")));
    }

    private static Map<String, Object> branch(String name, String ref) {
        return Map.of("name", name, "taskReferenceName", ref, "type", "SIMPLE");
    }

    private static List<String> refs(WorkflowHarness harness) {
        return harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList();
    }

    private static Task failedFork(Map<String, Object> workflowInput) {
        WorkflowHarness harness = new WorkflowHarness().start(listFormFlow(), workflowInput);
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        Task fan = harness.latest("fan");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, fan.getStatus());
        assertEquals(List.of("fan"), refs(harness));
        return fan;
    }

    @Test
    void shouldForkTheListedTasksWithTheirInputsAndJoinOnAllOfThem() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(listFormFlow(), Map.of(
                "tasks", List.of(branch("resize", "r1"), branch("resize", "r2"), branch("notify", "n1")),
                "inputs", Map.of("r1", Map.of("size", 100), "r2", Map.of("size", 200), "n1", Map.of("to", "${workflow.input.who}")),
                "who", "ops"));

        // then: a FORK that completed naming what it forked, the forked tasks offered with their inputs, the JOIN waiting
        Task fan = harness.latest("fan");
        assertEquals(TaskStatus.COMPLETED, fan.getStatus());
        assertEquals("FORK", fan.getTaskType());
        assertEquals(List.of("r1", "r2", "n1"), fan.getInputData().get("forkedTasks"));
        assertEquals(List.of("fan", "r1", "r2", "n1", "gather"), refs(harness));
        assertEquals(Map.of("size", 200), harness.latest("r2").getInputData());
        assertEquals(Map.of("to", "ops"), harness.latest("n1").getInputData());
        assertEquals(List.of("resize", "resize", "notify"), harness.dispatches().stream().map(d -> d.queueName()).toList());
        Task gather = harness.latest("gather");
        assertEquals(TaskStatus.IN_PROGRESS, gather.getStatus());
        assertEquals(List.of("r1", "r2", "n1"), gather.getInputData().get("joinOn"));

        // when: all but one end
        harness.complete("r2", Map.of("url", "b")).complete("n1", Map.of("sent", true));

        // then: the join still waits
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("gather").getStatus());

        // when
        harness.complete("r1", Map.of("url", "a"));

        // then
        assertEquals(Map.of("r1", Map.of("url", "a"), "r2", Map.of("url", "b"), "n1", Map.of("sent", true)),
                harness.latest("gather").getOutputData());
        assertEquals(Map.of("all", harness.latest("gather").getOutputData()), harness.latest("after").getInputData());
        harness.complete("after", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldForkOneTaskPerInputOfForkTaskInputs() {
        // given
        WorkflowTask fan = system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskName", "resize",
                "forkTaskInputs", "${workflow.input.images}"));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(fan, join("gather")),
                Map.of("images", List.of(Map.of("url", "a.png"), "b.png")));

        // then: references _<name>_<index>; a map is the input, anything else is its "input"; __index added
        assertEquals(List.of("fan", "_resize_0", "_resize_1", "gather"), refs(harness));
        assertEquals(Map.of("url", "a.png", "__index", 0), harness.latest("_resize_0").getInputData());
        assertEquals(Map.of("input", "b.png", "__index", 1), harness.latest("_resize_1").getInputData());
        assertEquals("resize", harness.latest("_resize_0").getTaskType());
        assertEquals(List.of("_resize_0", "_resize_1"), harness.latest("gather").getInputData().get("joinOn"));

        // when
        harness.complete("_resize_0", Map.of()).complete("_resize_1", Map.of());

        // then
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldNameTheForkedTasksAfterTheForkWhenTheWorkflowHasAnotherDynamicFork() {
        // given
        WorkflowTask first = system(TaskType.FORK_JOIN_DYNAMIC, "first", Map.of("forkTaskName", "work",
                "forkTaskInputs", List.of(1)));
        WorkflowTask second = system(TaskType.FORK_JOIN_DYNAMIC, "second", Map.of("forkTaskName", "work",
                "forkTaskInputs", List.of(2)));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(first, join("j1"), second, join("j2")), Map.of());
        harness.complete("_work_0", Map.of());

        // then
        assertEquals(List.of("first", "_work_0", "j1", "second", "_second_work_0", "j2"), refs(harness));
    }

    @Test
    void shouldForkSubWorkflowsOfForkTaskWorkflow() {
        // given
        WorkflowTask fan = system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskWorkflow", "child",
                "forkTaskWorkflowVersion", "2", "forkTaskInputs", List.of(Map.of("taskToDomain", Map.of("t", "blue")))));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(fan, join("gather")), Map.of());

        // then: each branch is a SUB_WORKFLOW of that workflow and version
        WorkflowTask branch = harness.latest("_fan_0").getWorkflowTask();
        assertEquals(TaskType.SUB_WORKFLOW, branch.getType());
        assertEquals("child", branch.getName());
        assertEquals("child", branch.getSubWorkflowParam().getName());
        assertEquals(2, branch.getSubWorkflowParam().getVersion());
        assertEquals(Map.of("t", "blue"), branch.getSubWorkflowParam().getTaskToDomain());
    }

    @Test
    void shouldNameASystemTaskByItsTypeAndMarkBranchesOptionalWithTheFork() {
        // given
        WorkflowTask fan = system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskType", TaskType.INLINE,
                "forkTaskInputs", List.of(Map.of("evaluatorType", "javascript", "expression", "$.__index + 1"))));
        fan.setOptional(true);

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(fan, join("gather")), Map.of());

        // then
        Task inline = harness.latest("_INLINE_0");
        assertEquals(TaskType.INLINE, inline.getTaskType());
        assertTrue(inline.getWorkflowTask().isOptional());
        assertEquals(Map.of("result", 1), inline.getOutputData());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldJoinAtOnceWhenNothingIsForked() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(listFormFlow(), Map.of("tasks", List.of(), "inputs", Map.of()));

        // then
        assertEquals(List.of("fan", "gather", "after"), refs(harness));
        assertEquals(TaskStatus.COMPLETED, harness.latest("gather").getStatus());
    }

    @Test
    void shouldFailTheJoinAndTheWorkflowWhenAForkedTaskFailsForGood() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(listFormFlow(), Map.of(
                "tasks", List.of(branch("a", "a1"), branch("b", "b1")), "inputs", Map.of()));

        // when
        harness.failTerminally("b1", "broken");

        // then
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertTrue(harness.workflow().getFailedReferenceTaskNames().contains("b1"));
        assertEquals(TaskStatus.CANCELED, harness.latest("a1").getStatus());
        assertEquals(List.of(harness.latest("a1").getTaskId()), harness.withdrawals().stream().map(w -> w.taskId()).toList());
    }

    @Test
    void shouldGiveForkedTasksTheRegisteredTaskDefinitionOfTheirName() {
        // given: "known" is registered with one retry; "unknown" is not
        TaskDef known = taskDef("known", 1);
        known.setResponseTimeoutSeconds(45);

        // when
        WorkflowHarness harness = new WorkflowHarness().register(known).start(listFormFlow(), Map.of(
                "tasks", List.of(branch("known", "k"), branch("unknown", "u")), "inputs", Map.of()));

        // then: the fork's decision was made again once the two names were looked up
        assertEquals(2, harness.lastAttempts());
        assertEquals(45, harness.latest("k").getResponseTimeoutSeconds());
        assertNull(harness.latest("u").getWorkflowTask().getTaskDefinition());

        // when
        harness.fail("k", "once");
        harness.fail("u", "once");

        // then: known retries once at once; unknown, as in Conductor, is not retried, and fails the workflow
        assertEquals(2, harness.attempts("k").size());
        assertEquals(0, harness.latest("k").getCallbackAfterSeconds());
        assertEquals(1, harness.attempts("u").size());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldPreferADefinitionTheListedTaskEmbedsAndIgnoreNodesOfTheSameNameInTheWorkflow() {
        // given: the workflow has a node "known" with one retry; the listed task embeds its own, with two
        WorkflowDef def = listFormFlow();
        def.getTasks().add(worker("elsewhere", Map.of(), taskDef("known", 1)));
        Map<String, Object> embedding = new LinkedHashMap<>(branch("known", "k"));
        embedding.put("taskDefinition", Map.of("name", "known", "retryCount", 2, "retryDelaySeconds", 0));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of(
                "tasks", List.of(embedding, branch("known", "k2")), "inputs", Map.of()));

        // then
        assertEquals(2, harness.latest("k").getWorkflowTask().getTaskDefinition().getRetryCount());
        assertNull(harness.latest("k2").getWorkflowTask().getTaskDefinition(), "nothing registered under known");
    }

    @Test
    void shouldGiveTasksForkedFromInputsTheRegisteredTaskDefinitionOfForkTaskName() {
        // when
        WorkflowHarness harness = new WorkflowHarness().register(taskDef("work", 1)).start(definition(
                system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskName", "work", "forkTaskInputs", List.of("x"))),
                join("gather")), Map.of());
        harness.fail("_work_0", "once");

        // then
        assertEquals(2, harness.attempts("_work_0").size());
        assertEquals(1, harness.latest("_work_0").getWorkflowTask().getTaskDefinition().getRetryCount());
    }

    @Test
    void shouldForkInsideALoopWithTheIterationsReferences() {
        // given
        WorkflowTask fan = system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskName", "work",
                "forkTaskInputs", List.of("x", "y")));
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                loop("loop", "$.loop['iteration'] < 2", fan, join("gather"))), Map.of());

        // then
        assertEquals(List.of("loop", "fan__1", "_work_0__1", "_work_1__1", "gather__1"), refs(harness));

        // when
        harness.complete("_work_0__1", Map.of()).complete("_work_1__1", Map.of("v", 1));

        // then: the second iteration forks anew (named after the fork, since one forked before) and joins its own;
        // as in Conductor, a branch with an empty output is left out of the join's output
        assertEquals(Map.of("_work_1__1", Map.of("v", 1)),
                harness.latest("gather__1").getOutputData());
        assertEquals(List.of("_fan_work_0__2", "_fan_work_1__2"),
                harness.latest("gather__2").getWorkflowTask().getJoinOn().stream().map(r -> r + "__2").toList());
        harness.complete("_fan_work_0__2", Map.of()).complete("_fan_work_1__2", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailWhenTheTaskListIsNotAList() {
        Task fan = failedFork(Map.of("tasks", "resize", "inputs", Map.of()));
        assertEquals("Input 'tasks' is invalid. Cannot deserialize a list of Workflow Tasks from 'resize': it is not a list",
                fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenAListedTaskHasNoReferenceName() {
        Task fan = failedFork(Map.of("tasks", List.of(Map.of("name", "resize")), "inputs", Map.of()));
        assertTrue(fan.getReasonForIncompletion().endsWith("task 0 has no taskReferenceName"),
                fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenAListedTaskHasNoName() {
        Task fan = failedFork(Map.of("tasks", List.of(Map.of("taskReferenceName", "r1")), "inputs", Map.of()));
        assertTrue(fan.getReasonForIncompletion().endsWith("task 0 has no name"), fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenAListElementIsNotATask() {
        Task fan = failedFork(Map.of("tasks", List.of("resize"), "inputs", Map.of()));
        assertTrue(fan.getReasonForIncompletion().startsWith("Input 'tasks' is invalid."), fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenTheInputsAreNotAMap() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("tasks", List.of(branch("a", "a1")));
        Task fan = failedFork(input);
        assertEquals("Input to the dynamically forked tasks is not a map -> expecting a map of K,V but found null",
                fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenATasksInputIsNotAMap() {
        Task fan = failedFork(Map.of("tasks", List.of(branch("a", "a1")), "inputs", Map.of("a1", "text")));
        assertTrue(fan.getReasonForIncompletion().contains("the input of a1 is not a map"), fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenTwoTasksShareAReference() {
        Task fan = failedFork(Map.of("tasks", List.of(branch("a", "same"), branch("b", "same")), "inputs", Map.of()));
        assertTrue(fan.getReasonForIncompletion().contains("would use the task reference name same a second time"),
                fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenAForkedReferenceIsAlreadyTaken() {
        Task fan = failedFork(Map.of("tasks", List.of(branch("a", "fan")), "inputs", Map.of()));
        assertTrue(fan.getReasonForIncompletion().contains("reference name fan a second time"), fan.getReasonForIncompletion());
    }

    @Test
    void shouldFailWhenNoJoinFollows() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                dynamicFork("fan", Map.of("tasks", List.of(), "inputs", Map.of())), worker("after", Map.of())), Map.of());

        // then
        assertEquals("Dynamic join definition is not followed by a join task. Check the workflow definition.",
                harness.latest("fan").getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailWhenNeitherFormIsGiven() {
        // when: no dynamicForkTasksParam, and forkTaskInputs that is not a list
        WorkflowHarness missing = new WorkflowHarness().start(definition(
                system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of()), join("gather")), Map.of());
        WorkflowHarness notAList = new WorkflowHarness().start(definition(
                system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskInputs", "x")), join("gather")), Map.of());

        // then
        assertTrue(missing.latest("fan").getReasonForIncompletion().startsWith("FORK_JOIN_DYNAMIC needs"));
        assertEquals("forkTaskInputs must be a list, was: x", notAList.latest("fan").getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, notAList.workflow().getStatus());
    }

    @Test
    void shouldFailWhenForkTaskNameIsNotText() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(system(TaskType.FORK_JOIN_DYNAMIC, "fan",
                Map.of("forkTaskName", 7, "forkTaskInputs", List.of(1))), join("gather")), Map.of());

        // then
        assertEquals("forkTaskName must be a string, was: 7", harness.latest("fan").getReasonForIncompletion());
        assertNull(harness.workflow().getTasks().stream().filter(t -> t.getReferenceTaskName().startsWith("_"))
                .findAny().orElse(null));
    }
}
