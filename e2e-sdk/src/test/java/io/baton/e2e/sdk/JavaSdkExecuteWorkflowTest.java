package io.baton.e2e.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.workflow.StartWorkflowRequest;
import com.netflix.conductor.common.metadata.workflow.WorkflowDef;
import com.netflix.conductor.common.metadata.workflow.WorkflowTask;
import com.netflix.conductor.common.run.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.conductoross.conductor.common.model.Consistency;
import org.conductoross.conductor.common.model.ReturnStrategy;
import org.conductoross.conductor.common.model.SignalResponse;
import org.conductoross.conductor.common.model.WorkflowRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synchronous execution through the Java SDK's WorkflowClient.executeWorkflow, on the whole cluster. */
class JavaSdkExecuteWorkflowTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static ConductorSdk sdk;

    @BeforeAll
    static void connect() {
        sdk = ConductorSdk.forSharedCluster();
    }

    @Test
    void shouldAnswerTheEndedWorkflowOfAnExecutionThatRunsThrough() throws Exception {
        StartWorkflowRequest request = register(List.of(inline("double", "$.n * 2")),
                Map.of("doubled", "${double.output.result}"));
        request.setInput(Map.of("n", 21));

        WorkflowRun run = sdk.workflows().executeWorkflow(request, null, WAIT);

        assertEquals(Workflow.WorkflowStatus.COMPLETED, run.getStatus());
        assertEquals(Map.of("doubled", 42), run.getOutput());
        assertEquals(1, run.getTasks().size());
    }

    @Test
    void shouldAnswerOnceTheWorkflowWaitsForASignalOrEndedTheNamedTask() throws Exception {
        StartWorkflowRequest request = register(List.of(inline("before", "1"), waitTask("hold")), Map.of());

        SignalResponse blocked = sdk.workflows().executeWorkflowWithReturnStrategy(request, null, 20,
                Consistency.SYNCHRONOUS, ReturnStrategy.BLOCKING_TASK).get();
        assertTrue(blocked.isBlockingTask());
        assertFalse(blocked.isSignalTimeout());
        assertEquals("hold", blocked.getBlockingTask().getReferenceTaskName());
        assertEquals(Task.Status.IN_PROGRESS, blocked.getBlockingTask().getStatus());

        WorkflowRun atBefore = sdk.workflows().executeWorkflow(request, "before", WAIT);
        assertEquals(Workflow.WorkflowStatus.RUNNING, atBefore.getStatus());
        assertEquals(Task.Status.COMPLETED, atBefore.getTasks().getFirst().getStatus());
    }

    /** Registers a workflow of these tasks under a fresh name; the request starts its version 1. */
    private static StartWorkflowRequest register(List<WorkflowTask> tasks, Map<String, Object> output) {
        WorkflowDef def = new WorkflowDef();
        def.setName("sdk_execute_" + UUID.randomUUID().toString().substring(0, 8));
        def.setVersion(1);
        def.setOwnerEmail("sdk@example.com");
        def.setTasks(tasks);
        def.setOutputParameters(output);
        sdk.metadata().registerWorkflowDef(def);
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(def.getName());
        request.setVersion(1);
        return request;
    }

    private static WorkflowTask inline(String referenceName, String expression) {
        WorkflowTask task = new WorkflowTask();
        task.setName(referenceName);
        task.setTaskReferenceName(referenceName);
        task.setType("INLINE");
        task.setInputParameters(Map.of("evaluatorType", "graaljs", "expression", expression,
                "n", "${workflow.input.n}"));
        return task;
    }

    private static WorkflowTask waitTask(String referenceName) {
        WorkflowTask task = new WorkflowTask();
        task.setName(referenceName);
        task.setTaskReferenceName(referenceName);
        task.setType("WAIT");
        return task;
    }
}
