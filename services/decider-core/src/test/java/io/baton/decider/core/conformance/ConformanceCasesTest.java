package io.baton.decider.core.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.conformance.ConformanceCase;
import io.baton.conformance.ConformanceCases;
import io.baton.conformance.ExpectationCheck;
import io.baton.conformance.ScriptedWorkers;
import io.baton.conformance.WorkerAttempt;
import io.baton.decider.core.Decider;
import io.baton.decider.core.Decision;
import io.baton.model.json.Json;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.TaskResult;
import io.baton.model.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runner A: every conformance case through the pure decider, the test playing task-queue and the workers with the
 * commands they would send. Conductor 3.32.3's behaviour is the spec; {@code e2e}'s ConformanceTest runs the same
 * cases against a running server.
 */
class ConformanceCasesTest {
    private static final String WORKER_ID = "conformance-worker";
    private static final int MAX_STEPS = 1_000;

    @TestFactory
    Stream<DynamicTest> everyCase() {
        List<ConformanceCase> cases = ConformanceCases.all();
        assertTrue(cases.size() >= 40, "expected at least 40 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(ConformanceCase conformanceCase) {
        Run run = new Run("wf-" + conformanceCase.name());
        ScriptedWorkers workers = new ScriptedWorkers(conformanceCase);
        run.apply(new StartWorkflow(commandId(), run.workflowId, run.now, conformanceCase.definitionWithTaskDefs(),
                conformanceCase.input(), conformanceCase.correlationId(), 0, conformanceCase.taskToDomain(),
                "conformance", null, null, null, null));
        for (int step = 0; step < MAX_STEPS && !run.state.getStatus().isTerminal(); step++) {
            Optional<JsonNode> next = workers.nextTask(run.stateAsJson());
            if (next.isEmpty()) {
                break;
            }
            String taskId = next.get().path("taskId").asText();
            TaskScheduled offered = run.offered.remove(taskId);
            assertTrue(offered != null, "task " + taskId + " is SCHEDULED for a worker but is on no queue");
            run.now = Math.max(run.now, offered.visibleAfter());
            run.apply(new RecordTaskPoll(commandId(), run.workflowId, run.now, taskId, WORKER_ID));
            WorkerAttempt attempt = workers.play(taskId, next.get().path("referenceTaskName").asText());
            TaskResult result = Json.mapper().convertValue(
                    attempt.taskResult(run.workflowId, taskId, WORKER_ID), TaskResult.class);
            run.apply(new ReportTaskResult(commandId(), run.workflowId, run.now, result));
        }
        List<String> mismatches = ExpectationCheck.mismatches(conformanceCase.expect(), run.stateAsJson());
        assertTrue(mismatches.isEmpty(), () -> ExpectationCheck.report(conformanceCase, mismatches));
    }

    private static String commandId() {
        return UUID.randomUUID().toString();
    }

    /** The decider's state between commands, and the tasks on offer to workers (what task-queue would hold). */
    private static final class Run {
        private final Decider decider = new Decider();
        private final String workflowId;
        private final Map<String, TaskScheduled> offered = new HashMap<>();
        private long now = 1_700_000_000_000L;
        private Workflow state;

        private Run(String workflowId) {
            this.workflowId = workflowId;
        }

        private void apply(WorkflowCommand command) {
            Decision decision = decider.apply(state, command, Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC));
            assertTrue(decision.applied(), () -> command.getClass().getSimpleName() + " was ignored: "
                    + decision.ignoredBecause());
            state = decision.workflow();
            decision.dispatches().forEach(dispatch -> {
                switch (dispatch) {
                    case TaskScheduled scheduled -> offered.put(scheduled.task().getTaskId(), scheduled);
                    case TaskCanceled canceled -> offered.remove(canceled.taskId());
                }
            });
        }

        private JsonNode stateAsJson() {
            return Json.mapper().valueToTree(state);
        }
    }
}
