package io.baton.benchmarks.decider;

import io.baton.decider.core.Decider;
import io.baton.decider.core.Decision;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Decisions per second of the pure decider, the way the decider service applies commands: each {@link Decider#apply}
 * is one decision, on the state the previous one returned. One invocation runs a whole workflow, from its start to
 * its last worker task's result; {@link OperationsPerInvocation} makes JMH report decisions, not workflows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class DeciderBenchmark {
    private static final int SEQUENTIAL_TASKS = 10;
    private static final int FORK_BRANCHES = 50;
    private static final int LOOP_ITERATIONS = 100;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);

    private final Decider decider = new Decider();
    private final WorkflowDef sequential = definition(IntStream.range(0, SEQUENTIAL_TASKS)
            .mapToObj(i -> worker("step" + i)).toList());
    private final WorkflowDef fork = definition(List.of(fork(FORK_BRANCHES), join(FORK_BRANCHES)));
    private final WorkflowDef loop = definition(List.of(loop(LOOP_ITERATIONS)));

    /** Start, then a poll and a completion for each of the 10 tasks: 21 decisions. */
    @Benchmark
    @OperationsPerInvocation(1 + 2 * SEQUENTIAL_TASKS)
    public Workflow sequentialWorkflowOf10Tasks() {
        return runToTheEnd(sequential);
    }

    /** Start (scheduling 50 branches and the JOIN), then a poll and a completion per branch: 101 decisions. */
    @Benchmark
    @OperationsPerInvocation(1 + 2 * FORK_BRANCHES)
    public Workflow forkOf50Branches() {
        return runToTheEnd(fork);
    }

    /**
     * Start, then a poll and a completion for each iteration's worker task: 201 decisions, each completion evaluating
     * the JavaScript loop condition on GraalJS.
     */
    @Benchmark
    @OperationsPerInvocation(1 + 2 * LOOP_ITERATIONS)
    public Workflow loopOf100Iterations() {
        return runToTheEnd(loop);
    }

    /** Answers every offered task as its worker would, oldest first, until the workflow ends. */
    private Workflow runToTheEnd(WorkflowDef definition) {
        Decision decision = decider.apply(null, new StartWorkflow("start", "wf", 0, definition, Map.of("seed", 1), null, 0,
                Map.of(), "benchmark", null, null, null, null), CLOCK);
        List<TaskScheduled> offered = new ArrayList<>(decision.dispatches().stream()
                .filter(TaskScheduled.class::isInstance).map(TaskScheduled.class::cast).toList());
        Workflow state = decision.workflow();
        for (int i = 0; i < offered.size(); i++) {
            String taskId = offered.get(i).task().getTaskId();
            state = apply(state, new RecordTaskPoll("poll" + i, "wf", 0, taskId, "worker")).workflow();
            decision = apply(state, new ReportTaskResult("result" + i, "wf", 0, completed(taskId)));
            state = decision.workflow();
            decision.dispatches().stream().filter(TaskScheduled.class::isInstance).map(TaskScheduled.class::cast)
                    .forEach(offered::add);
        }
        if (state.getStatus() != WorkflowStatus.COMPLETED) {
            throw new IllegalStateException("the benchmark's workflow did not complete: " + state.getStatus());
        }
        return state;
    }

    private Decision apply(Workflow state, WorkflowCommand command) {
        return decider.apply(state, command, CLOCK);
    }

    private static TaskResult completed(String taskId) {
        TaskResult result = new TaskResult();
        result.setWorkflowInstanceId("wf");
        result.setTaskId(taskId);
        result.setStatus(TaskResultStatus.COMPLETED);
        result.setOutputData(Map.of("done", true));
        return result;
    }

    private static WorkflowDef definition(List<WorkflowTask> tasks) {
        WorkflowDef definition = new WorkflowDef();
        definition.setName("benchmark");
        definition.setVersion(1);
        definition.setTasks(new ArrayList<>(tasks));
        return definition;
    }

    private static WorkflowTask worker(String ref) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("work");
        taskDef.setRetryCount(0);
        WorkflowTask task = node(ref, TaskType.SIMPLE);
        task.setName("work");
        task.setTaskDefinition(taskDef);
        task.setInputParameters(Map.of("previous", "${workflow.input.seed}"));
        return task;
    }

    private static WorkflowTask fork(int branches) {
        WorkflowTask fork = node("fork", TaskType.FORK_JOIN);
        fork.setForkTasks(IntStream.range(0, branches).mapToObj(i -> List.of(worker("branch" + i))).toList());
        return fork;
    }

    private static WorkflowTask join(int branches) {
        WorkflowTask join = node("join", TaskType.JOIN);
        join.setJoinOn(IntStream.range(0, branches).mapToObj(i -> "branch" + i).toList());
        return join;
    }

    private static WorkflowTask loop(int iterations) {
        WorkflowTask loop = node("loop", TaskType.DO_WHILE);
        loop.setLoopCondition("$.loop['iteration'] < " + iterations);
        loop.setLoopOver(List.of(worker("step")));
        return loop;
    }

    private static WorkflowTask node(String ref, String type) {
        WorkflowTask task = new WorkflowTask();
        task.setName(ref);
        task.setTaskReferenceName(ref);
        task.setType(type);
        return task;
    }
}
