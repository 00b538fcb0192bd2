package io.baton.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.model.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationCheckTest {
    private static final JsonNode WORKFLOW = Json.read("""
            {"workflowId": "wf-9", "status": "COMPLETED", "output": {"n": 1.0, "list": [1, 2]},
             "reasonForIncompletion": "Task a failed: disk full",
             "tasks": [
               {"taskId": "t-1", "referenceTaskName": "a", "taskType": "work", "status": "COMPLETED",
                "inputData": {"self": "/tasks/t-1", "wf": "wf-9", "x": null}, "outputData": {"o": {"k": "v"}}},
               {"taskId": "t-2", "referenceTaskName": "b", "taskType": "JOIN", "status": "COMPLETED",
                "domain": "blue", "inputData": {}, "outputData": {}}]}
            """, JsonNode.class);

    @Test
    void shouldFindNothingWhenEverythingGivenMatches() {
        Expectation expected = expectation("""
                {"status": "COMPLETED", "output": {"n": 1, "list": [1, 2]}, "reasonForIncompletion": "disk full",
                 "tasks": [
                   {"ref": "a", "type": "work", "status": "COMPLETED", "output": {"o": {"k": "v"}},
                    "input": {"self": "/tasks/{{taskId:a}}", "wf": "{{workflowId}}", "x": null}},
                   {"ref": "b", "type": "JOIN", "status": "COMPLETED", "domain": "blue"}]}
                """);

        assertEquals(List.of(), ExpectationCheck.mismatches(expected, WORKFLOW));
    }

    @Test
    void shouldNameEachDifference() {
        Expectation expected = expectation("""
                {"status": "FAILED", "output": {"n": 2}, "reasonForIncompletion": "timeout",
                 "tasks": [{"ref": "a", "type": "work", "status": "FAILED", "input": {"missing": 1}}]}
                """);

        assertEquals(List.of(
                "workflow status: expected FAILED but was COMPLETED",
                "workflow output: expected {\"n\":2} but was {\"n\":1.0,\"list\":[1,2]}",
                "workflow reasonForIncompletion: expected to contain \"timeout\" but was \"Task a failed: disk full\"",
                "tasks: expected [a:work:FAILED] but were [a:work:COMPLETED, b:JOIN:COMPLETED]",
                "tasks[0] (a) status: expected FAILED but was COMPLETED",
                "tasks[0] (a) inputData.missing: expected 1 but was absent"),
                ExpectationCheck.mismatches(expected, WORKFLOW));
    }

    @Test
    void shouldCheckTheWorkflowsItStartedByTheIdsItRecords() {
        JsonNode parent = Json.read("""
                {"workflowId": "p", "status": "FAILED", "output": {"conductor.failure_workflow": "f"},
                 "tasks": [
                   {"taskId": "t-1", "referenceTaskName": "sub", "taskType": "SUB_WORKFLOW", "status": "FAILED",
                    "subWorkflowId": "c", "inputData": {}, "outputData": {}},
                   {"taskId": "t-2", "referenceTaskName": "start", "taskType": "START_WORKFLOW", "status": "COMPLETED",
                    "inputData": {}, "outputData": {"workflowId": "s"}}]}
                """, JsonNode.class);
        Map<String, JsonNode> started = Map.of(
                "c", Json.read("{\"workflowId\": \"c\", \"status\": \"FAILED\"}", JsonNode.class),
                "f", Json.read("{\"workflowId\": \"f\", \"status\": \"RUNNING\"}", JsonNode.class));
        Expectation expected = expectation("""
                {"status": "FAILED", "failureWorkflow": {"status": "COMPLETED"},
                 "tasks": [
                   {"ref": "sub", "type": "SUB_WORKFLOW", "status": "FAILED", "startedWorkflow": {"status": "FAILED"}},
                   {"ref": "start", "type": "START_WORKFLOW", "status": "COMPLETED",
                    "startedWorkflow": {"status": "COMPLETED"}}]}
                """);

        assertEquals(List.of(
                "tasks[1] (start) started workflow: expected a workflow but found no workflow s",
                "failure workflow > workflow status: expected COMPLETED but was RUNNING"),
                ExpectationCheck.mismatches(expected, parent, id -> Optional.ofNullable(started.get(id))));
    }

    private static Expectation expectation(String json) {
        return Json.read(json, Expectation.class);
    }
}
