package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP, KAFKA_PUBLISH and EVENT do I/O: the decider queues them on the queue of their type for task-queue to run. */
class QueuedSystemTasksTest {

    @Test
    void shouldQueueAnHttpTaskOnTheHttpQueueWithItsResolvedInput() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                system(TaskType.HTTP, "call", Map.of("http_request",
                        Map.of("uri", "${workflow.input.url}", "method", "GET"))),
                worker("after", Map.of("code", "${call.output.response.statusCode}"))), Map.of("url", "http://x/y"));

        // then
        Task call = harness.latest("call");
        assertEquals(TaskStatus.SCHEDULED, call.getStatus());
        assertEquals(TaskType.HTTP, call.getTaskType());
        assertEquals(Map.of("http_request", Map.of("uri", "http://x/y", "method", "GET")), call.getInputData());
        TaskScheduled dispatch = harness.dispatches().getFirst();
        assertEquals(TaskType.HTTP, dispatch.queueName());
        assertEquals(call.getTaskId(), dispatch.task().getTaskId());
    }

    @Test
    void shouldMoveOnWithTheResponseTaskQueueReports() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                system(TaskType.HTTP, "call", Map.of("uri", "http://x", "method", "GET")),
                worker("after", Map.of("code", "${call.output.response.statusCode}"))), Map.of());

        // when
        harness.poll("call", "task-queue").complete("call", Map.of("response", Map.of("statusCode", 200)));

        // then
        assertEquals(TaskStatus.COMPLETED, harness.latest("call").getStatus());
        assertEquals(Map.of("code", 200), harness.latest("after").getInputData());
    }

    @Test
    void shouldRetryAFailedCallOnTheSameQueueAsItsRetryCountAllows() {
        // given
        WorkflowTask call = system(TaskType.KAFKA_PUBLISH, "publish", Map.of("kafka_request", Map.of("topic", "t")));
        call.setRetryCount(1);
        WorkflowHarness harness = new WorkflowHarness().start(definition(call), Map.of());

        // when
        harness.fail("publish", "Failed to invoke kafka task due to: timeout");

        // then
        assertEquals(2, harness.attempts("publish").size());
        assertEquals(List.of(TaskType.KAFKA_PUBLISH, TaskType.KAFKA_PUBLISH),
                harness.dispatches().stream().map(TaskScheduled::queueName).toList());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());

        // and when the last attempt fails too
        harness.fail("publish", "again");
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldWithdrawAPendingHttpTaskWhenTheWorkflowIsTerminated() {
        // given
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(system(TaskType.HTTP, "call", Map.of())), Map.of());

        // when
        harness.terminate("stop");

        // then
        assertEquals(TaskStatus.CANCELED, harness.latest("call").getStatus());
        assertEquals(TaskType.HTTP, harness.withdrawals().getFirst().queueName());
        assertEquals(harness.latest("call").getTaskId(), harness.withdrawals().getFirst().taskId());
    }

    @Test
    void shouldBuildAnEventMessageAsConductorDoesAndQueueItForItsKafkaSink() {
        // given
        WorkflowTask event = system(TaskType.EVENT, "notify", Map.of("orderId", "${workflow.input.order}"));
        event.setSink("kafka:${workflow.input.topic}");

        // when
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(event), Map.of("order", "o-7", "topic", "orders"), Map.of("*", "eu"));

        // then
        Task notify = harness.latest("notify");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("orderId", "o-7");
        input.put("sink", "kafka:orders");
        input.put("asyncComplete", false);
        assertEquals(input, notify.getInputData());
        Map<String, Object> message = new LinkedHashMap<>(input);
        message.put("workflowInstanceId", "wf-1");
        message.put("workflowType", "harness_flow");
        message.put("workflowVersion", 3);
        message.put("correlationId", "corr-1");
        message.put("taskToDomain", Map.of("*", "eu"));
        message.put("event_produced", "kafka:orders");
        assertEquals(message, notify.getOutputData());
        assertEquals(TaskStatus.SCHEDULED, notify.getStatus());
        assertEquals(TaskType.EVENT, harness.dispatches().getFirst().queueName(),
                "a system task is not routed to a domain");
    }

    @Test
    void shouldQueueAnEventTaskWithAConductorSinkForTheQueueOfItsWorkflowAndReference() {
        // given
        WorkflowTask event = system(TaskType.EVENT, "notify", Map.of("orderId", "o-7"));
        event.setSink("conductor");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(event), Map.of());

        // then
        Task notify = harness.latest("notify");
        assertEquals(TaskStatus.SCHEDULED, notify.getStatus());
        assertEquals("conductor", notify.getInputData().get("sink"));
        assertEquals("conductor:harness_flow:notify", notify.getOutputData().get("event_produced"));
        assertEquals("o-7", notify.getOutputData().get("orderId"));
        assertEquals(TaskType.EVENT, harness.dispatches().getFirst().queueName());
    }

    @Test
    void shouldNameTheQueueOfANamedConductorSinkAfterTheWorkflowAsConductorDoes() {
        // given
        WorkflowTask event = system(TaskType.EVENT, "notify", Map.of());
        event.setSink("conductor:${workflow.input.queue}");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(event), Map.of("queue", "shipped"));

        // then
        assertEquals("conductor:harness_flow:shipped", harness.latest("notify").getOutputData().get("event_produced"));
        assertEquals(TaskStatus.SCHEDULED, harness.latest("notify").getStatus());
    }

    @Test
    void shouldFailAnEventTaskForASinkOtherThanKafkaOrConductor() {
        // given
        WorkflowTask event = system(TaskType.EVENT, "notify", Map.of());
        event.setSink("sqs:orders");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(event), Map.of());

        // then
        Task notify = harness.latest("notify");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, notify.getStatus());
        assertTrue(notify.getReasonForIncompletion().contains("sqs:orders"), notify.getReasonForIncompletion());
        assertTrue(notify.getReasonForIncompletion().contains("not supported yet"));
        assertFalse(notify.getOutputData().containsKey("event_produced"));
        assertTrue(harness.dispatches().isEmpty());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailAnEventTaskWithoutASink() {
        // when
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(system(TaskType.EVENT, "notify", Map.of())), Map.of());

        // then
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("notify").getStatus());
        assertEquals("An EVENT task needs a sink", harness.latest("notify").getReasonForIncompletion());
    }
}
