package io.baton.e2e.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.conductor.client.automator.TaskRunnerConfigurer;
import com.netflix.conductor.client.exception.ConductorClientException;
import com.netflix.conductor.client.worker.Worker;
import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskDef;
import com.netflix.conductor.common.metadata.tasks.TaskExecLog;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import com.netflix.conductor.common.metadata.workflow.StartWorkflowRequest;
import com.netflix.conductor.common.metadata.workflow.WorkflowDef;
import com.netflix.conductor.common.metadata.workflow.WorkflowTask;
import com.netflix.conductor.common.run.SearchResult;
import com.netflix.conductor.common.run.TaskSummary;
import com.netflix.conductor.common.run.Workflow;
import com.netflix.conductor.common.run.WorkflowSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A workflow's whole life driven by Conductor's Java SDK alone: definitions, real workers, lifecycle, search. */
class JavaSdkWorkflowTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static ConductorSdk sdk;

    @BeforeAll
    static void connect() {
        sdk = ConductorSdk.forSharedCluster();
    }

    @Test
    void shouldRunAWorkflowWithPollingWorkersFromStartToOutput() {
        TwoSteps flow = TwoSteps.register();
        TaskRunnerConfigurer workers = flow.startWorkers();
        try {
            String correlationId = "order-" + UUID.randomUUID();
            String workflowId = flow.start(correlationId, Map.of("who", "world"));

            Workflow done = awaitStatus(workflowId, Workflow.WorkflowStatus.COMPLETED);
            assertEquals(Map.of("shout", "HELLO WORLD"), done.getOutput());
            assertEquals(correlationId, done.getCorrelationId());
            assertEquals(2, done.getTasks().size());

            Task greeting = sdk.tasks().getTaskDetails(done.getTasks().getFirst().getTaskId());
            assertEquals(Task.Status.COMPLETED, greeting.getStatus());
            assertEquals("hello world", greeting.getOutputData().get("text"));
            assertEquals(workflowId, greeting.getWorkflowInstanceId());

            sdk.tasks().logMessageForTask(greeting.getTaskId(), "checked by the test");
            List<String> logs = sdk.tasks().getTaskLogs(greeting.getTaskId()).stream().map(TaskExecLog::getLog).toList();
            assertEquals(List.of("greeted world", "checked by the test"), logs);

            SearchResult<WorkflowSummary> byCorrelation = sdk.workflows()
                    .search(0, 10, "startTime:DESC", "*", "correlationId = '" + correlationId + "'");
            assertEquals(1, byCorrelation.getTotalHits());
            assertEquals(workflowId, byCorrelation.getResults().getFirst().getWorkflowId());
            assertEquals(Workflow.WorkflowStatus.COMPLETED, byCorrelation.getResults().getFirst().getStatus());
            List<String> byType = sdk.workflows().search("workflowType IN (" + flow.name + ") AND status IN (COMPLETED)")
                    .getResults().stream().map(WorkflowSummary::getWorkflowId).toList();
            assertEquals(List.of(workflowId), byType);

            SearchResult<TaskSummary> ofWorkflow = sdk.tasks()
                    .search(0, 10, "scheduledTime:DESC", "*", "workflowId = '" + workflowId + "'");
            assertEquals(2, ofWorkflow.getTotalHits());
            assertEquals(List.of(flow.secondType, flow.firstType),
                    ofWorkflow.getResults().stream().map(TaskSummary::getTaskType).toList());
            assertEquals(correlationId, ofWorkflow.getResults().getFirst().getCorrelationId());
            assertEquals(Task.Status.COMPLETED, ofWorkflow.getResults().getFirst().getStatus());
            List<Task> greetings = sdk.tasks()
                    .searchV2("taskType = " + flow.firstType + " AND status IN (COMPLETED)").getResults();
            assertEquals(List.of(greeting.getTaskId()), greetings.stream().map(Task::getTaskId).toList());
            assertEquals("hello world", greetings.getFirst().getOutputData().get("text"));
            assertEquals(greeting.getTaskId(), sdk.tasks().searchV2(0, 1, null, "WORLD", "taskType = " + flow.firstType)
                    .getResults().getFirst().getTaskId());
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void shouldRunWorkersThatReportThroughUpdateV2() {
        TwoSteps flow = TwoSteps.register();
        // TaskRunner reads the switch when it starts a worker's polling thread.
        System.setProperty("taskUpdateV2", "true");
        TaskRunnerConfigurer workers = flow.startWorkers();
        try {
            String workflowId = flow.start(null, Map.of("who", "v2"));
            assertEquals(Map.of("shout", "HELLO V2"), awaitStatus(workflowId, Workflow.WorkflowStatus.COMPLETED).getOutput());
        } finally {
            workers.shutdown();
            System.clearProperty("taskUpdateV2");
        }
    }

    @Test
    void shouldRefuseAQueryItCannotParseAndAnswerNoPollDataForATypeNobodyPolled() {
        ConductorClientException badQuery = assertThrows(ConductorClientException.class,
                () -> sdk.tasks().search("taskType IN (a"));
        assertEquals(400, badQuery.getStatusCode());
        assertEquals("Invalid query at character 15: expected ',' or ')', found the end of the query",
                badQuery.getMessage());
        assertEquals(List.of(), sdk.tasks().getPollData("nobody_polls_" + UUID.randomUUID()));
    }

    @Test
    void shouldPauseResumeAndTerminateAWorkflowWhileItsTaskWaitsInTheQueue() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start(null, Map.of("who", "nobody"));
        await().atMost(WAIT).until(() -> sdk.tasks().getQueueSizeForTask(flow.firstType) == 1);

        sdk.workflows().pauseWorkflow(workflowId);
        awaitStatus(workflowId, Workflow.WorkflowStatus.PAUSED);
        sdk.workflows().resumeWorkflow(workflowId);
        awaitStatus(workflowId, Workflow.WorkflowStatus.RUNNING);

        sdk.workflows().terminateWorkflow(workflowId, "order canceled");
        Workflow terminated = awaitStatus(workflowId, Workflow.WorkflowStatus.TERMINATED);
        assertEquals("order canceled", terminated.getReasonForIncompletion());
        assertEquals(Task.Status.CANCELED, terminated.getTasks().getFirst().getStatus());
        await().atMost(WAIT).until(() -> sdk.tasks().getQueueSizeForTask(flow.firstType) == 0);
    }

    @Test
    void shouldReadBackDefinitionsAndAnswerUnknownOnesWithNotFound() {
        TwoSteps flow = TwoSteps.register();
        WorkflowDef read = sdk.metadata().getWorkflowDef(flow.name, 1);
        assertEquals(List.of("first", "second"),
                read.getTasks().stream().map(WorkflowTask::getTaskReferenceName).toList());
        TaskDef firstDef = sdk.metadata().getTaskDef(flow.firstType);
        firstDef.setDescription("says hello");
        sdk.metadata().updateTaskDef(firstDef);
        assertEquals("says hello", sdk.metadata().getTaskDef(flow.firstType).getDescription());
        assertTrue(sdk.metadata().getAllTaskDefs().stream().anyMatch(def -> def.getName().equals(flow.secondType)));
        assertTrue(sdk.metadata().getAllWorkflowsWithLatestVersions().stream()
                .anyMatch(def -> def.getName().equals(flow.name) && def.getVersion() == 1));

        ConductorClientException missing = assertThrows(ConductorClientException.class,
                () -> sdk.workflows().getWorkflow(UUID.randomUUID().toString(), false));
        assertEquals(404, missing.getStatusCode());
        sdk.metadata().unregisterWorkflowDef(flow.name, 1);
        assertEquals(404, assertThrows(ConductorClientException.class,
                () -> sdk.metadata().getWorkflowDef(flow.name, 1)).getStatusCode());
    }

    /**
     * Starting is asynchronous in Baton: on a busy machine the decider may write a new workflow after workflow-api's
     * read-your-start wait, and the read is a 404 until it does.
     */
    private static Workflow awaitStatus(String workflowId, Workflow.WorkflowStatus status) {
        return await().atMost(WAIT)
                .ignoreExceptionsMatching(e -> e instanceof ConductorClientException c && c.getStatusCode() == 404)
                .until(() -> sdk.workflows().getWorkflow(workflowId, true), workflow -> workflow.getStatus() == status);
    }

    /** Two worker tasks in a row, registered through the metadata client under fresh names. */
    private record TwoSteps(String name, String firstType, String secondType) {

        static TwoSteps register() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            TwoSteps flow = new TwoSteps("sdk_flow_" + suffix, "sdk_greet_" + suffix, "sdk_shout_" + suffix);
            sdk.metadata().registerTaskDefs(List.of(taskDef(flow.firstType), taskDef(flow.secondType)));

            WorkflowDef def = new WorkflowDef();
            def.setName(flow.name);
            def.setVersion(1);
            def.setOwnerEmail("sdk@example.com");
            def.setTasks(List.of(
                    workerTask(flow.firstType, "first", Map.of("who", "${workflow.input.who}")),
                    workerTask(flow.secondType, "second", Map.of("text", "${first.output.text}"))));
            def.setOutputParameters(Map.of("shout", "${second.output.text}"));
            sdk.metadata().registerWorkflowDef(def);
            return flow;
        }

        String start(String correlationId, Map<String, Object> input) {
            StartWorkflowRequest request = new StartWorkflowRequest();
            request.setName(name);
            request.setVersion(1);
            request.setCorrelationId(correlationId);
            request.setInput(input);
            return sdk.workflows().startWorkflow(request);
        }

        /** Polling workers for both steps: the first greets, the second shouts the greeting. */
        TaskRunnerConfigurer startWorkers() {
            Worker greeter = Worker.create(firstType, task -> {
                TaskResult result = new TaskResult(task);
                result.setStatus(TaskResult.Status.COMPLETED);
                result.addOutputData("text", "hello " + task.getInputData().get("who"));
                result.log("greeted " + task.getInputData().get("who"));
                return result;
            });
            Worker shouter = Worker.create(secondType, task -> {
                TaskResult result = new TaskResult(task);
                result.setStatus(TaskResult.Status.COMPLETED);
                result.addOutputData("text", String.valueOf(task.getInputData().get("text")).toUpperCase());
                return result;
            });
            TaskRunnerConfigurer workers = new TaskRunnerConfigurer.Builder(sdk.tasks(), List.of(greeter, shouter))
                    .withThreadCount(2).withTaskPollTimeout(200).build();
            workers.init();
            return workers;
        }

        private static TaskDef taskDef(String name) {
            TaskDef def = new TaskDef(name);
            def.setRetryCount(0);
            def.setOwnerEmail("sdk@example.com");
            return def;
        }

        private static WorkflowTask workerTask(String type, String referenceName, Map<String, Object> input) {
            WorkflowTask task = new WorkflowTask();
            task.setName(type);
            task.setTaskReferenceName(referenceName);
            task.setInputParameters(input);
            return task;
        }
    }
}
