package io.baton.taskqueue.systemtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.WorkflowTask;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpResponseOutputTest {
    private static final Map<String, List<String>> HEADERS = Map.of("Content-Type", List.of("application/json"));

    @Test
    void shouldCompleteOnA2xxWithTheResponseInConductorsShape() {
        Outcome outcome = HttpResponseOutput.outcome(new Task(), 201, "Created", HEADERS, "{\"id\":7,\"tags\":[\"a\"]}");

        assertEquals(TaskResultStatus.COMPLETED, outcome.status());
        assertNull(outcome.reason());
        assertEquals(Map.of("response", Map.of("statusCode", 201, "reasonPhrase", "Created", "headers", HEADERS,
                "body", Map.of("id", 7, "tags", List.of("a")))), outcome.output());
    }

    @Test
    void shouldFailOtherStatusesWithTheResponseAndAReasonThatNamesIt() {
        Outcome outcome = HttpResponseOutput.outcome(new Task(), 404, "Not Found", Map.of(), "no such order");

        assertEquals(TaskResultStatus.FAILED, outcome.status());
        assertEquals("Failed to invoke HTTP task due to: 404 Not Found: no such order", outcome.reason());
        assertEquals("no such order", ((Map<?, ?>) outcome.output().get("response")).get("body"));
    }

    @Test
    void shouldStayInProgressAfterA2xxWhenTheTaskCompletesAsynchronously() {
        Task task = new Task();
        WorkflowTask node = new WorkflowTask();
        node.setAsyncComplete(true);
        task.setWorkflowTask(node);

        assertEquals(TaskResultStatus.IN_PROGRESS, HttpResponseOutput.outcome(task, 200, "OK", Map.of(), "").status());
        task.getInputData().put("asyncComplete", false);
        assertEquals(TaskResultStatus.COMPLETED, HttpResponseOutput.outcome(task, 200, "OK", Map.of(), "").status(),
                "the input's asyncComplete comes first");
    }

    @Test
    void shouldReadBodiesAsConductorsHttpTaskDoes() {
        assertEquals(List.of(1, 2), HttpResponseOutput.parsedBody("[1,2]"));
        assertEquals(42.0, HttpResponseOutput.parsedBody("42"));
        assertEquals("quoted", HttpResponseOutput.parsedBody("\"quoted\""));
        assertEquals("true", HttpResponseOutput.parsedBody("true"));
        assertEquals("42 apples", HttpResponseOutput.parsedBody("42 apples"));
        assertEquals("<p>hi</p>", HttpResponseOutput.parsedBody("<p>hi</p>"));
        assertNull(HttpResponseOutput.parsedBody(""));
    }

    @Test
    void shouldFailACallThatGotNoResponseWithTheCause() {
        Outcome outcome = HttpResponseOutput.noResponse(new ConnectException("Connection refused: localhost/127.0.0.1:1"));

        assertEquals(TaskResultStatus.FAILED, outcome.status());
        assertTrue(outcome.reason().startsWith("Failed to invoke HTTP task due to: java.net.ConnectException"),
                outcome.reason());
        assertEquals("java.net.ConnectException: Connection refused: localhost/127.0.0.1:1",
                outcome.output().get("response"));
    }
}
