package io.baton.decider.core.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.conformance.ConformanceCase;
import io.baton.conformance.ConformanceCases;
import io.baton.conformance.ConformanceEnv;
import io.baton.conformance.ExpectationCheck;
import io.baton.conformance.ScriptedWorkers;
import io.baton.conformance.WorkerAttempt;
import io.baton.decider.core.Decider;
import io.baton.decider.core.Decision;
import io.baton.decider.core.TaskDefLookup;
import io.baton.decider.core.expression.WorkflowEnv;
import io.baton.model.json.Json;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TasksRemoved;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.TaskResult;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        String workflowId = "wf-" + conformanceCase.name();
        Run run = new Run(conformanceCase);
        ScriptedWorkers workers = new ScriptedWorkers(conformanceCase);
        run.apply(new StartWorkflow(commandId(), workflowId, run.now, conformanceCase.definitionWithTaskDefs(),
                conformanceCase.input(), conformanceCase.correlationId(), 0, conformanceCase.taskToDomain(),
                "conformance", null, null, null, null));
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<JsonNode> next = workers.nextTask(run.statesAsJson());
            if (next.isEmpty()) {
                break;
            }
            String taskId = next.get().path("taskId").asText();
            String taskWorkflowId = next.get().path("workflowInstanceId").asText();
            TaskScheduled offered = run.offered.remove(taskId);
            assertTrue(offered != null, "task " + taskId + " is SCHEDULED for a worker but is on no queue");
            run.now = Math.max(run.now, offered.visibleAfter());
            run.apply(new RecordTaskPoll(commandId(), taskWorkflowId, run.now, taskId, WORKER_ID));
            WorkerAttempt attempt = workers.play(taskId, next.get().path("referenceTaskName").asText());
            TaskResult result = Json.mapper().convertValue(
                    attempt.taskResult(taskWorkflowId, taskId, WORKER_ID), TaskResult.class);
            run.apply(new ReportTaskResult(commandId(), taskWorkflowId, run.now, result));
        }
        List<String> mismatches = ExpectationCheck.mismatches(conformanceCase.expect(), run.stateAsJson(workflowId),
                id -> Optional.ofNullable(run.states.get(id)).map(state -> run.stateAsJson(id)));
        assertTrue(mismatches.isEmpty(), () -> ExpectationCheck.report(conformanceCase, mismatches));
    }

    private static String commandId() {
        return UUID.randomUUID().toString();
    }

    /**
     * The decider's states between commands, by workflow id in start order, and the tasks on offer to workers (what
     * task-queue would hold). Commands a decision sends to other workflows (start a child, tell a parent) are applied
     * in turn, a start resolved from the case's definitions as the decider service resolves it.
     */
    private static final class Run {
        private final Decider decider = new Decider(new WorkflowEnv(ConformanceEnv.VARIABLES));
        private final ConformanceCase conformanceCase;
        private final Map<String, Workflow> states = new LinkedHashMap<>();
        private final Map<String, TaskScheduled> offered = new HashMap<>();
        private long now = 1_700_000_000_000L;

        private Run(ConformanceCase conformanceCase) {
            this.conformanceCase = conformanceCase;
        }

        private void apply(WorkflowCommand first) {
            Deque<WorkflowCommand> pending = new ArrayDeque<>(List.of(first));
            while (!pending.isEmpty()) {
                WorkflowCommand command = resolved(pending.removeFirst());
                Decision decision = decide(command);
                assertTrue(decision.applied() || command instanceof ResolveAndStartWorkflow,
                        () -> command.getClass().getSimpleName() + " was ignored: " + decision.ignoredBecause());
                if (decision.workflow() != null) {
                    states.put(decision.workflow().getWorkflowId(), decision.workflow());
                }
                decision.dispatches().forEach(dispatch -> {
                    switch (dispatch) {
                        case TaskScheduled scheduled -> offered.put(scheduled.task().getTaskId(), scheduled);
                        case TaskCanceled canceled -> offered.remove(canceled.taskId());
                        case TasksRemoved removed -> removed.taskIds().forEach(offered::remove);
                    }
                });
                pending.addAll(decision.commands());
            }
        }

        /** The decision, made again with the case's task definitions for as long as it needs some, as the service does. */
        private Decision decide(WorkflowCommand command) {
            Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
            TaskDefLookup lookup = TaskDefLookup.NONE;
            Decision decision = decider.apply(states.get(command.workflowId()), command, clock, lookup);
            while (!decision.taskDefsNeeded().isEmpty()) {
                lookup = lookup.with(decision.taskDefsNeeded(), conformanceCase.registeredTaskDefs(decision.taskDefsNeeded()));
                decision = decider.apply(states.get(command.workflowId()), command, clock, lookup);
            }
            return decision;
        }

        /** A start another workflow asked for, with its definition found among the case's; others as they are. */
        private WorkflowCommand resolved(WorkflowCommand command) {
            if (!(command instanceof ResolveAndStartWorkflow request)) {
                return command;
            }
            Optional<WorkflowDef> definition = request.inlineDefinition() != null
                    ? Optional.of(conformanceCase.withTaskDefs(request.inlineDefinition()))
                    : conformanceCase.registeredDefinition(request.name(), request.version());
            return definition.<WorkflowCommand>map(def -> request.resolved(def, request.input())).orElse(request);
        }

        private List<JsonNode> statesAsJson() {
            return states.keySet().stream().map(this::stateAsJson).toList();
        }

        private JsonNode stateAsJson(String workflowId) {
            return Json.mapper().valueToTree(states.get(workflowId));
        }
    }
}
