package io.baton.e2e.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.conductor.client.exception.ConductorClientException;
import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import com.netflix.conductor.common.metadata.workflow.StartWorkflowRequest;
import com.netflix.conductor.common.metadata.workflow.WorkflowDef;
import com.netflix.conductor.common.metadata.workflow.WorkflowTask;
import com.netflix.conductor.common.run.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.conductoross.conductor.common.model.ReturnStrategy;
import org.conductoross.conductor.common.model.SignalResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HUMAN and WAIT tasks completed from outside through the Java SDK's TaskClient: by reference name and by signal. */
class JavaSdkTaskCompletionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static ConductorSdk sdk;

    @BeforeAll
    static void connect() {
        sdk = ConductorSdk.forSharedCluster();
    }

    @Test
    void shouldCompleteHumanAndWaitTasksByReferenceNameAndBySignal() {
        String workflowId = startApprovalFlow();
        awaitTask(workflowId, "approve");

        Workflow afterApproval = sdk.tasks().updateTaskSync(workflowId, "approve", TaskResult.Status.COMPLETED,
                Map.of("approved", true));
        assertEquals(workflowId, afterApproval.getWorkflowId());
        Task approve = afterApproval.getTaskByRefName("approve");
        assertEquals(Task.Status.COMPLETED, approve.getStatus());
        assertEquals(true, approve.getOutputData().get("approved"));
        assertEquals(Task.Status.IN_PROGRESS, afterApproval.getTaskByRefName("hold").getStatus());

        // The signal completes "hold"; the answer comes once the workflow waits on "hold_again".
        SignalResponse signaled = sdk.tasks().signal(workflowId, Task.Status.COMPLETED, Map.of("answer", 42),
                ReturnStrategy.BLOCKING_TASK);
        assertTrue(signaled.isBlockingTask());
        assertFalse(signaled.isSignalTimeout());
        assertEquals(workflowId, signaled.getTargetWorkflowId());
        Task blocking = signaled.getBlockingTask();
        assertEquals("hold_again", blocking.getReferenceTaskName());
        assertEquals(Task.Status.IN_PROGRESS, blocking.getStatus());

        sdk.tasks().signalAsync(workflowId, Task.Status.COMPLETED, Map.of("again", true));
        awaitTask(workflowId, "review");
        sdk.tasks().updateTask(workflowId, "review", TaskResult.Status.COMPLETED, Map.of("reviewer", "ann"));
        awaitTask(workflowId, "last");

        // The last signal ends the workflow: the answer is the ended workflow.
        SignalResponse ended = sdk.tasks().signal(workflowId, Task.Status.COMPLETED, Map.of());
        assertTrue(ended.isTargetWorkflow());
        assertFalse(ended.isSignalTimeout());
        Workflow done = ended.getWorkflow();
        assertEquals(Workflow.WorkflowStatus.COMPLETED, done.getStatus());
        assertEquals(Map.of("approved", true, "answer", 42, "reviewer", "ann"), done.getOutput());
        assertEquals(Task.Status.COMPLETED, done.getTaskByRefName("hold_again").getStatus());
        assertEquals(Workflow.WorkflowStatus.COMPLETED, sdk.workflows().getWorkflow(workflowId, false).getStatus());
    }

    @Test
    void shouldAnswerNotFoundWhenNoTaskWaitsForTheUpdate() {
        String workflowId = startApprovalFlow();
        awaitTask(workflowId, "approve");

        ConductorClientException noSuchTask = assertThrows(
                ConductorClientException.class, () -> sdk.tasks().updateTaskSync(workflowId, "review",
                        TaskResult.Status.COMPLETED, Map.of()));
        assertEquals(404, noSuchTask.getStatusCode());
        ConductorClientException noWait = assertThrows(
                ConductorClientException.class, () -> sdk.tasks().signal(workflowId, Task.Status.COMPLETED, Map.of()));
        assertEquals(404, noWait.getStatusCode());
        sdk.workflows().terminateWorkflow(workflowId, "done testing");
    }

    /** HUMAN approve, WAIT hold, WAIT hold_again, HUMAN review, WAIT last, registered and started through the SDK. */
    private static String startApprovalFlow() {
        WorkflowDef def = new WorkflowDef();
        def.setName("sdk_approval_" + UUID.randomUUID().toString().substring(0, 8));
        def.setVersion(1);
        def.setOwnerEmail("sdk@example.com");
        def.setTasks(List.of(task("HUMAN", "approve"), task("WAIT", "hold"), task("WAIT", "hold_again"),
                task("HUMAN", "review"), task("WAIT", "last")));
        def.setOutputParameters(Map.of("approved", "${approve.output.approved}", "answer", "${hold.output.answer}",
                "reviewer", "${review.output.reviewer}"));
        sdk.metadata().registerWorkflowDef(def);
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(def.getName());
        request.setVersion(1);
        return sdk.workflows().startWorkflow(request);
    }

    private static WorkflowTask task(String type, String referenceName) {
        WorkflowTask task = new WorkflowTask();
        task.setName(referenceName);
        task.setTaskReferenceName(referenceName);
        task.setType(type);
        return task;
    }

    /** Starting is asynchronous: waits until the decider has scheduled the task. */
    private static void awaitTask(String workflowId, String referenceName) {
        await().atMost(WAIT)
                .ignoreExceptionsMatching(e -> e instanceof ConductorClientException c && c.getStatusCode() == 404)
                .until(() -> sdk.workflows().getWorkflow(workflowId, true).getTaskByRefName(referenceName) != null);
    }
}
