package io.baton.faults;

import com.netflix.conductor.client.automator.TaskRunnerConfigurer;
import com.netflix.conductor.client.http.TaskClient;
import com.netflix.conductor.client.worker.Worker;
import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The harness's workers, run by the official Java SDK's TaskRunnerConfigurer. Each records every task it is handed, by
 * task id and time, before doing the work, so a task handed out twice (or run twice) shows; the child workflow's step
 * also records which child workflow ran for which parent, so a sub-workflow started twice shows.
 */
final class RecordingWorkers implements AutoCloseable {
    private final Map<String, List<Long>> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> childrenByParent = new ConcurrentHashMap<>();
    private final TaskRunnerConfigurer runner;

    RecordingWorkers(TaskClient tasks, int threads) {
        Worker step = Worker.create(FaultFlow.STEP, this::step);
        Worker flaky = Worker.create(FaultFlow.FLAKY, this::flaky);
        runner = new TaskRunnerConfigurer.Builder(tasks, List.of(step, flaky))
                .withThreadCount(threads).withTaskPollTimeout(500).build();
        runner.init();
    }

    /** Task ids handed out more than once, with the moments each was handed out (epoch ms). */
    Map<String, List<Long>> repeatedDeliveries() {
        return moreThanOne(deliveries, List::copyOf);
    }

    /** Parents whose SUB_WORKFLOW ran more than one child workflow. */
    Map<String, Set<String>> parentsWithSeveralChildren() {
        return moreThanOne(childrenByParent, Set::copyOf);
    }

    private static <C extends Collection<?>> Map<String, C> moreThanOne(Map<String, C> recorded, UnaryOperator<C> copy) {
        Map<String, C> several = new TreeMap<>();
        recorded.forEach((key, values) -> {
            if (values.size() > 1) {
                several.put(key, copy.apply(values));
            }
        });
        return several;
    }

    private TaskResult step(Task task) {
        record(task);
        Object parent = task.getInputData().get("parent");
        if (parent != null) {
            childrenByParent.computeIfAbsent(parent.toString(), p -> ConcurrentHashMap.newKeySet())
                    .add(task.getWorkflowInstanceId());
        }
        return completed(task, number(task, "n") + number(task, "add"));
    }

    /** Fails its first attempt, so the workflow goes through a retry with backoff. */
    private TaskResult flaky(Task task) {
        record(task);
        if (task.getRetryCount() == 0) {
            TaskResult failed = new TaskResult(task);
            failed.setStatus(TaskResult.Status.FAILED);
            failed.setReasonForIncompletion("fails on purpose the first time");
            return failed;
        }
        return completed(task, number(task, "n") * 2);
    }

    private void record(Task task) {
        deliveries.computeIfAbsent(task.getTaskId(), id -> new CopyOnWriteArrayList<>()).add(System.currentTimeMillis());
    }

    private static TaskResult completed(Task task, long value) {
        TaskResult result = new TaskResult(task);
        result.setStatus(TaskResult.Status.COMPLETED);
        result.addOutputData("value", value);
        return result;
    }

    private static long number(Task task, String key) {
        return ((Number) task.getInputData().get(key)).longValue();
    }

    @Override
    public void close() {
        runner.shutdown();
    }
}
