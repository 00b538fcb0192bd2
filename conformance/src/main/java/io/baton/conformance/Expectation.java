package io.baton.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What the workflow must look like once its workers have all answered. Only what is given is checked.
 *
 * @param status                the workflow's status
 * @param input                 input keys to check, each compared whole
 * @param output                the workflow's whole output
 * @param reasonForIncompletion text the workflow's reason for incompletion must contain
 * @param variables             the workflow's whole variables
 * @param tasks                 every task of the workflow, in order
 * @param failureWorkflow       the failure workflow it started (its id is in the output as
 *                              {@code conductor.failure_workflow})
 */
public record Expectation(
        String status,
        Map<String, JsonNode> input,
        JsonNode output,
        String reasonForIncompletion,
        JsonNode variables,
        List<ExpectedTask> tasks,
        Expectation failureWorkflow) {

    public Expectation {
        if (status == null) {
            throw new IllegalArgumentException("an expectation needs a status");
        }
    }

    /**
     * One task of the workflow.
     *
     * @param ref    its reference name
     * @param type   its task type as Conductor reports it (the task name for worker tasks, FORK for FORK_JOIN)
     * @param status its status
     * @param input  input keys to check, each compared whole
     * @param output output keys to check, each compared whole
     * @param reasonForIncompletion text the task's reason for incompletion must contain
     * @param domain the domain it was routed to
     * @param startedWorkflow the workflow it started: a SUB_WORKFLOW's child, a START_WORKFLOW's workflow
     */
    public record ExpectedTask(
            String ref,
            String type,
            String status,
            Map<String, JsonNode> input,
            Map<String, JsonNode> output,
            String reasonForIncompletion,
            String domain,
            Expectation startedWorkflow) {
    }
}
