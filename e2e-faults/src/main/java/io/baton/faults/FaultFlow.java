package io.baton.faults;

import com.netflix.conductor.client.http.MetadataClient;
import com.netflix.conductor.common.metadata.tasks.TaskDef;
import com.netflix.conductor.common.metadata.workflow.StartWorkflowRequest;
import com.netflix.conductor.common.metadata.workflow.SubWorkflowParams;
import com.netflix.conductor.common.metadata.workflow.WorkflowDef;
import com.netflix.conductor.common.metadata.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;

/**
 * The workflow the harness runs: two worker steps in a row, a fork whose branches are a worker step and a
 * sub-workflow, a join, a worker step that fails once and succeeds on its retry after a backoff, and a WAIT the
 * harness completes. Every value is computed from the input {@code n}, so the expected output is known in advance.
 */
final class FaultFlow {
    static final String NAME = "faults_flow";
    static final String CHILD = "faults_child";
    static final String STEP = "faults_step";
    static final String FLAKY = "faults_flaky";
    static final String WAIT_REF = "approval";
    /** A worker silent this long (its result lost with a killed process) loses the task, which is retried anew. */
    static final int RESPONSE_TIMEOUT_SECONDS = 10;

    private FaultFlow() {
    }

    static void register(MetadataClient metadata) {
        metadata.registerTaskDefs(List.of(taskDef(STEP, TaskDef.RetryLogic.FIXED),
                taskDef(FLAKY, TaskDef.RetryLogic.EXPONENTIAL_BACKOFF)));
        metadata.registerWorkflowDef(child());
        metadata.registerWorkflowDef(parent());
    }

    /** The start of workflow number {@code n}: its idempotency key makes a retried start return the same id. */
    static StartWorkflowRequest start(int n, String runId) {
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(NAME);
        request.setVersion(1);
        request.setInput(Map.of("n", n));
        request.setCorrelationId(runId + "-" + n);
        request.setIdempotencyKey(runId + "-" + n);
        return request;
    }

    /** What workflow number {@code n} must end with; {@code approved} is what the harness puts in the WAIT's output. */
    static Map<String, Object> expectedOutput(int n) {
        int afterSteps = n + 1 + 2;
        return Map.of("a", afterSteps + 10, "child", afterSteps + 100, "flaky", afterSteps * 2, "approved", n);
    }

    private static WorkflowDef parent() {
        WorkflowTask fork = new WorkflowTask();
        fork.setType("FORK_JOIN");
        fork.setName("fan_out");
        fork.setTaskReferenceName("fan_out");
        WorkflowTask sub = new WorkflowTask();
        sub.setType("SUB_WORKFLOW");
        sub.setName("child");
        sub.setTaskReferenceName("child");
        SubWorkflowParams params = new SubWorkflowParams();
        params.setName(CHILD);
        params.setVersion(1);
        sub.setSubWorkflowParam(params);
        sub.setInputParameters(Map.of("n", "${second.output.value}", "parent", "${workflow.workflowId}"));
        fork.setForkTasks(List.of(
                List.of(step("branch", Map.of("n", "${second.output.value}", "add", 10))),
                List.of(sub)));
        WorkflowTask join = new WorkflowTask();
        join.setType("JOIN");
        join.setName("fan_in");
        join.setTaskReferenceName("fan_in");
        join.setJoinOn(List.of("branch", "child"));
        WorkflowTask flaky = new WorkflowTask();
        flaky.setName(FLAKY);
        flaky.setTaskReferenceName("flaky");
        flaky.setInputParameters(Map.of("n", "${second.output.value}"));
        WorkflowTask approval = new WorkflowTask();
        approval.setType("WAIT");
        approval.setName("approval");
        approval.setTaskReferenceName(WAIT_REF);

        WorkflowDef def = definition(NAME, List.of(
                step("first", Map.of("n", "${workflow.input.n}", "add", 1)),
                step("second", Map.of("n", "${first.output.value}", "add", 2)),
                fork, join, flaky, approval));
        def.setOutputParameters(Map.of("a", "${branch.output.value}", "child", "${child.output.value}",
                "flaky", "${flaky.output.value}", "approved", "${approval.output.approved}"));
        return def;
    }

    private static WorkflowDef child() {
        WorkflowDef def = definition(CHILD, List.of(step("inner", Map.of("n", "${workflow.input.n}", "add", 100,
                "parent", "${workflow.input.parent}"))));
        def.setOutputParameters(Map.of("value", "${inner.output.value}"));
        return def;
    }

    private static WorkflowTask step(String ref, Map<String, Object> input) {
        WorkflowTask task = new WorkflowTask();
        task.setName(STEP);
        task.setTaskReferenceName(ref);
        task.setInputParameters(input);
        return task;
    }

    private static WorkflowDef definition(String name, List<WorkflowTask> tasks) {
        WorkflowDef def = new WorkflowDef();
        def.setName(name);
        def.setVersion(1);
        def.setOwnerEmail("faults@example.com");
        def.setTasks(tasks);
        return def;
    }

    /** Retries enough to outlive every kill of a run: each lost result costs one retry. */
    private static TaskDef taskDef(String name, TaskDef.RetryLogic retryLogic) {
        TaskDef def = new TaskDef(name);
        def.setOwnerEmail("faults@example.com");
        def.setRetryCount(20);
        def.setRetryLogic(retryLogic);
        def.setRetryDelaySeconds(1);
        def.setResponseTimeoutSeconds(RESPONSE_TIMEOUT_SECONDS);
        def.setTimeoutSeconds(600);
        return def;
    }
}
