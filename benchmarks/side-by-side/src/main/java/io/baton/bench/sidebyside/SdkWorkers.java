package io.baton.bench.sidebyside;

import com.netflix.conductor.client.automator.TaskRunnerConfigurer;
import com.netflix.conductor.client.http.ConductorClient;
import com.netflix.conductor.client.http.TaskClient;
import com.netflix.conductor.client.worker.Worker;
import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import java.util.List;
import java.util.Map;

/**
 * The official Java SDK's workers for {@code bench_inc_<suffix>}, with the same settings for whichever server they
 * poll: answer {@code n + 1} at once, so the numbers are the orchestrator's, not the work's.
 */
final class SdkWorkers implements AutoCloseable {
    private final TaskRunnerConfigurer runner;

    private SdkWorkers(TaskRunnerConfigurer runner) {
        this.runner = runner;
    }

    /** What the report prints: the settings both systems' workers run with. */
    record Settings(int threads, int pollIntervalMs, int pollTimeoutMs) {
        String describe() {
            return "official Java SDK 6.0.0 TaskRunnerConfigurer: one worker type, threadCount=" + threads
                    + ", taskPollCount=" + threads + ", pollingInterval=" + pollIntervalMs + " ms, taskPollTimeout="
                    + pollTimeoutMs + " ms, worker answers at once";
        }
    }

    static SdkWorkers start(String apiUrl, String taskType, Settings settings) {
        TaskClient tasks = new TaskClient(ConductorClient.builder().basePath(apiUrl).build());
        TaskRunnerConfigurer runner = new TaskRunnerConfigurer.Builder(tasks, List.of(increment(taskType,
                settings.pollIntervalMs())))
                .withThreadCount(settings.threads())
                .withTaskPollCount(settings.threads())
                .withTaskPollTimeout(settings.pollTimeoutMs())
                .build();
        runner.init();
        return new SdkWorkers(runner);
    }

    private static Worker increment(String taskType, int pollIntervalMs) {
        return new Worker() {
            @Override
            public String getTaskDefName() {
                return taskType;
            }

            @Override
            public TaskResult execute(Task task) {
                TaskResult result = new TaskResult(task);
                result.setStatus(TaskResult.Status.COMPLETED);
                result.setOutputData(Map.of("n", ((Number) task.getInputData().get("n")).intValue() + 1));
                return result;
            }

            @Override
            public int getPollingInterval() {
                return pollIntervalMs;
            }
        };
    }

    @Override
    public void close() {
        runner.shutdown();
    }
}
