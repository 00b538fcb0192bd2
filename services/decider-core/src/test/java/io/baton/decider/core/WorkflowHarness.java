package io.baton.decider.core;

import io.baton.decider.core.expression.WorkflowEnv;
import io.baton.model.json.Json;
import io.baton.model.messaging.DecideWorkflow;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.RemoveWorkflow;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.RerunWorkflow;
import io.baton.model.messaging.ResetCallbacks;
import io.baton.model.messaging.RestartWorkflow;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.RetryWorkflow;
import io.baton.model.messaging.SkipTask;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TasksRemoved;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drives the pure decider the way the service does: each call applies one command to the current state and keeps
 * the resulting state, and everything published is collected for assertions. No broker, no database, no mocks.
 */
final class WorkflowHarness {
    static final long T0 = 1_700_000_000_000L;

    private final Decider decider;
    private final String workflowId;
    private long now = T0;
    private Workflow state;
    private Decision last;
    private int lastAttempts;
    private final List<StatusEvent> events = new ArrayList<>();
    private final List<TaskDispatch> dispatches = new ArrayList<>();
    /** The timers set and not yet fired, kept as the decider service keeps them. */
    private final List<DurableTimer> timers = new ArrayList<>();
    private final List<TimerFired> firedTimers = new ArrayList<>();
    private final List<WorkflowCommand> commands = new ArrayList<>();
    /** Task definitions registered apart, which the harness looks up when a decision needs them, as the service does. */
    private final Map<String, TaskDef> registeredTaskDefs = new HashMap<>();

    WorkflowHarness() {
        this("wf-1");
    }

    /** A harness for the workflow with this id, e.g. a child another harness's workflow starts. */
    WorkflowHarness(String workflowId) {
        this(workflowId, FlowLimits.STANDARD);
    }

    /** A harness whose decider has these limits. */
    WorkflowHarness(FlowLimits limits) {
        this("wf-1", limits);
    }

    private WorkflowHarness(String workflowId, FlowLimits limits) {
        this.workflowId = workflowId;
        this.decider = new Decider(WorkflowEnv.NONE, limits);
    }

    // --- building definitions -------------------------------------------------------------------------------

    static TaskDef taskDef(String name, int retryCount) {
        TaskDef def = new TaskDef();
        def.setName(name);
        def.setRetryCount(retryCount);
        def.setRetryDelaySeconds(0);
        return def;
    }

    static WorkflowTask worker(String ref, Map<String, Object> input) {
        return worker(ref, input, taskDef("task_" + ref, 0));
    }

    static WorkflowTask worker(String ref, Map<String, Object> input, TaskDef def) {
        WorkflowTask task = new WorkflowTask();
        task.setName(def.getName());
        task.setTaskReferenceName(ref);
        task.setInputParameters(new LinkedHashMap<>(input));
        task.setTaskDefinition(def);
        return task;
    }

    static WorkflowTask system(String type, String ref, Map<String, Object> input) {
        WorkflowTask task = new WorkflowTask();
        task.setName(ref);
        task.setTaskReferenceName(ref);
        task.setType(type);
        task.setInputParameters(new LinkedHashMap<>(input));
        return task;
    }

    static WorkflowDef definition(WorkflowTask... tasks) {
        WorkflowDef def = new WorkflowDef();
        def.setName("harness_flow");
        def.setVersion(3);
        def.setTasks(new ArrayList<>(Arrays.asList(tasks)));
        return def;
    }

    // --- commands -----------------------------------------------------------------------------------------------

    WorkflowHarness start(WorkflowDef def, Map<String, Object> input) {
        return start(def, input, Map.of());
    }

    WorkflowHarness start(WorkflowDef def, Map<String, Object> input, Map<String, String> taskToDomain) {
        return apply(new StartWorkflow(newId(), workflowId, now, def, input, "corr-1", 5, taskToDomain, "tester", null,
                null, null, null));
    }

    WorkflowHarness poll(String ref, String workerId) {
        return apply(new RecordTaskPoll(newId(), workflowId, now, latest(ref).getTaskId(), workerId));
    }

    WorkflowHarness complete(String ref, Map<String, Object> output) {
        return report(ref, TaskResultStatus.COMPLETED, output, null, 0);
    }

    WorkflowHarness fail(String ref, String reason) {
        return report(ref, TaskResultStatus.FAILED, Map.of(), reason, 0);
    }

    WorkflowHarness failTerminally(String ref, String reason) {
        return report(ref, TaskResultStatus.FAILED_WITH_TERMINAL_ERROR, Map.of(), reason, 0);
    }

    WorkflowHarness inProgress(String ref, Map<String, Object> output, long callbackAfterSeconds) {
        return report(ref, TaskResultStatus.IN_PROGRESS, output, null, callbackAfterSeconds);
    }

    WorkflowHarness report(String ref, TaskResultStatus status, Map<String, Object> output, String reason,
                           long callbackAfterSeconds) {
        return apply(reportCommand(latest(ref).getTaskId(), status, output, reason, callbackAfterSeconds));
    }

    ReportTaskResult reportCommand(String taskId, TaskResultStatus status, Map<String, Object> output, String reason,
                                   long callbackAfterSeconds) {
        TaskResult result = new TaskResult();
        result.setWorkflowInstanceId(workflowId);
        result.setTaskId(taskId);
        result.setStatus(status);
        result.setOutputData(new LinkedHashMap<>(output));
        result.setReasonForIncompletion(reason);
        result.setCallbackAfterSeconds(callbackAfterSeconds);
        result.setWorkerId("worker-1");
        return new ReportTaskResult(newId(), workflowId, now, result);
    }

    WorkflowHarness pause() {
        return apply(new PauseWorkflow(newId(), workflowId, now));
    }

    WorkflowHarness resume() {
        return apply(new ResumeWorkflow(newId(), workflowId, now));
    }

    WorkflowHarness terminate(String reason) {
        return apply(new TerminateWorkflow(newId(), workflowId, now, reason));
    }

    WorkflowHarness restart(WorkflowDef latestDefinition) {
        return apply(new RestartWorkflow(newId(), "wf-1", now, latestDefinition));
    }

    WorkflowHarness retry() {
        return retry(false);
    }

    WorkflowHarness retry(boolean resumeSubworkflowTasks) {
        return apply(new RetryWorkflow(newId(), workflowId, now, resumeSubworkflowTasks));
    }

    WorkflowHarness rerun(String fromTaskId, Map<String, Object> workflowInput, Map<String, Object> taskInput,
                          String correlationId) {
        return apply(new RerunWorkflow(newId(), "wf-1", now, fromTaskId, workflowInput, taskInput, correlationId));
    }

    WorkflowHarness skip(String ref, Map<String, Object> taskInput, Map<String, Object> taskOutput) {
        return apply(new SkipTask(newId(), "wf-1", now, ref, taskInput, taskOutput));
    }

    WorkflowHarness remove() {
        return apply(new RemoveWorkflow(newId(), "wf-1", now));
    }

    WorkflowHarness decide() {
        return apply(new DecideWorkflow(newId(), "wf-1", now));
    }

    WorkflowHarness resetCallbacks() {
        return apply(new ResetCallbacks(newId(), "wf-1", now));
    }

    /** The events and dispatches of the commands applied so far are forgotten: the next assertions see only new ones. */
    WorkflowHarness forgetSent() {
        events.clear();
        dispatches.clear();
        return this;
    }

    WorkflowHarness register(TaskDef taskDef) {
        registeredTaskDefs.put(taskDef.getName(), taskDef);
        return this;
    }

    /** How many times the last command was applied: once, plus once per round of task definitions it needed. */
    int lastAttempts() {
        return lastAttempts;
    }

    WorkflowHarness apply(WorkflowCommand command) {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        TaskDefLookup lookup = TaskDefLookup.NONE;
        Workflow given = state;
        String definitionsGiven = definitionsOf(given);
        last = decider.apply(state, command, clock, lookup);
        lastAttempts = 1;
        while (!last.taskDefsNeeded().isEmpty()) {
            Map<String, TaskDef> found = new HashMap<>();
            last.taskDefsNeeded().stream().filter(registeredTaskDefs::containsKey)
                    .forEach(name -> found.put(name, registeredTaskDefs.get(name)));
            lookup = lookup.with(last.taskDefsNeeded(), found);
            last = decider.apply(state, command, clock, lookup);
            lastAttempts++;
        }
        // Every decision of every test checks this: the copy a decision works on shares the definitions (WorkflowCopy).
        if (!definitionsGiven.equals(definitionsOf(given))) {
            throw new AssertionError("applying " + command.getClass().getSimpleName()
                    + " changed a definition in place: " + definitionsGiven + " became " + definitionsOf(given));
        }
        if (last.applied()) {
            state = last.workflow();
            events.addAll(last.events());
            dispatches.addAll(last.dispatches());
            commands.addAll(last.commands());
            Timers update = last.timers();
            timers.removeIf(timer -> update.wholeWorkflow()
                    || (timer.command().taskId() != null && update.taskIds().contains(timer.command().taskId())));
            timers.addAll(update.toSet());
        }
        return this;
    }

    /** The workflow's definition and its tasks' workflowTask nodes, as JSON. */
    private static String definitionsOf(Workflow workflow) {
        if (workflow == null) {
            return "";
        }
        return Json.write(workflow.getWorkflowDefinition())
                + Json.write(workflow.getTasks().stream().map(Task::getWorkflowTask).toList());
    }

    /** Lets time pass as the decider service does: each timer fires when its time comes, earliest first. */
    WorkflowHarness elapse(long millis) {
        long until = now + millis;
        Optional<DurableTimer> next;
        while ((next = timers.stream().filter(t -> t.fireAt() <= until)
                .min(Comparator.comparingLong(DurableTimer::fireAt))).isPresent()) {
            timers.remove(next.get());
            now = Math.max(now, next.get().fireAt());
            firedTimers.add(next.get().command());
            apply(next.get().command());
        }
        now = until;
        return this;
    }

    WorkflowHarness advanceClock(long millis) {
        now += millis;
        return this;
    }

    // --- reading results ----------------------------------------------------------------------------------------

    Workflow workflow() {
        return state;
    }

    Decision lastDecision() {
        return last;
    }

    long now() {
        return now;
    }

    Task latest(String ref) {
        return state.getTasks().stream()
                .filter(task -> task.getReferenceTaskName().equals(ref))
                .max(Comparator.comparingInt(Task::getSeq))
                .orElseThrow(() -> new AssertionError("no task " + ref + " in " + Json.write(state)));
    }

    List<Task> attempts(String ref) {
        return state.getTasks().stream().filter(task -> task.getReferenceTaskName().equals(ref)).toList();
    }

    /** The commands for other workflows sent so far. */
    List<WorkflowCommand> commands() {
        return List.copyOf(commands);
    }

    /** The timers set and not yet fired, earliest first. */
    List<DurableTimer> timers() {
        return timers.stream().sorted(Comparator.comparingLong(DurableTimer::fireAt)).toList();
    }

    List<TimerFired> firedTimers() {
        return firedTimers;
    }

    List<String> eventTypes() {
        return events.stream().map(StatusEvent::eventType).toList();
    }

    /** The tasks offered to workers. */
    List<TaskScheduled> dispatches() {
        return dispatchesOf(TaskScheduled.class);
    }

    /** The tasks withdrawn from their queues. */
    List<TaskCanceled> withdrawals() {
        return dispatchesOf(TaskCanceled.class);
    }

    /** The ids of the tasks task-queue was told are deleted for good, in the order it was told. */
    List<String> removedTaskIdsSent() {
        return dispatchesOf(TasksRemoved.class).stream().flatMap(removed -> removed.taskIds().stream()).toList();
    }

    private <T extends TaskDispatch> List<T> dispatchesOf(Class<T> kind) {
        return dispatches.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
