package io.baton.faults;

import com.netflix.conductor.client.exception.ConductorClientException;
import com.netflix.conductor.client.http.TaskClient;
import com.netflix.conductor.client.http.WorkflowClient;
import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import com.netflix.conductor.common.run.Workflow;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A steady stream of workflow starts, and the harness's own list of every start the API acknowledged. A watcher
 * reads each running workflow now and then, completes its WAIT when it gets there (as a person approving would) and
 * keeps it once it has ended. Calls that fail because a process is down are simply tried again later.
 */
final class WorkflowLoad {
    private static final long RECHECK_MS = 3_000;
    private static final long RETRY_START_MS = 1_000;
    /** Longer than any restart: a start refused this long means the cluster did not come back. */
    private static final Duration START_WITHIN = Duration.ofMinutes(5);

    private final WorkflowClient workflows;
    private final TaskClient tasks;
    private final String runId;
    private final Consumer<String> progress;
    /** Acknowledged starts, by workflow number, with their id. */
    private final Map<Integer, String> started = new ConcurrentSkipListMap<>();
    private final Map<Integer, Long> running = new ConcurrentHashMap<>();
    private final Map<Integer, Workflow> ended = new ConcurrentHashMap<>();
    private final Map<Integer, Workflow> lastSeen = new ConcurrentHashMap<>();
    private long nextReport;

    WorkflowLoad(WorkflowClient workflows, TaskClient tasks, String runId, Consumer<String> progress) {
        this.workflows = workflows;
        this.tasks = tasks;
        this.runId = runId;
        this.progress = progress;
    }

    /**
     * Starts workflows one after another, {@code pause} apart and never more than {@code maxRunning} at once, until at
     * least {@code atLeast} are started and {@code keepGoing} says stop.
     */
    void startWorkflows(int atLeast, Duration pause, int maxRunning, BooleanSupplier keepGoing) {
        for (int n = 0; n < atLeast || keepGoing.getAsBoolean(); n++) {
            while (running.size() >= maxRunning) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            String id = startUntilAcknowledged(n);
            started.put(n, id);
            running.put(n, 0L);
            LockSupport.parkNanos(pause.toNanos());
        }
        progress.accept("all " + started.size() + " workflows started");
    }

    /**
     * Watches the running workflows while {@code stillStarting}, then until none is left or {@code drain} has passed.
     */
    void watchUntilAllEnded(Duration drain, BooleanSupplier stillStarting) {
        while (stillStarting.getAsBoolean()) {
            watchOnce();
        }
        long deadline = System.nanoTime() + drain.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            watchOnce();
        }
    }

    Map<Integer, String> started() {
        return Map.copyOf(started);
    }

    Map<Integer, Workflow> ended() {
        return Map.copyOf(ended);
    }

    /** Workflows not ended, by number, with their last state read (absent if never found). */
    Map<Integer, Workflow> notEnded() {
        Map<Integer, Workflow> left = new ConcurrentHashMap<>();
        running.keySet().forEach(n -> {
            Workflow seen = lastSeen.get(n);
            left.put(n, seen == null ? new Workflow() : seen);
        });
        return left;
    }

    Workflow read(String workflowId) {
        return workflows.getWorkflow(workflowId, true);
    }

    private String startUntilAcknowledged(int n) {
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (true) {
            try {
                return workflows.startWorkflow(FaultFlow.start(n, runId));
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("workflow " + n + " could not be started within " + START_WITHIN, e);
                }
                // Down or refusing (503): the idempotency key makes the next try return the same workflow.
                LockSupport.parkNanos(Duration.ofMillis(RETRY_START_MS).toNanos());
            }
        }
    }

    private void watchOnce() {
        long now = System.currentTimeMillis();
        if (now >= nextReport) {
            progress.accept("started " + started.size() + ", ended " + ended.size() + ", running " + running.size());
            nextReport = now + 10_000;
        }
        for (Map.Entry<Integer, Long> entry : running.entrySet()) {
            if (entry.getValue() > now) {
                continue;
            }
            int n = entry.getKey();
            try {
                Workflow workflow = read(started.get(n));
                lastSeen.put(n, workflow);
                if (workflow.getStatus().isTerminal()) {
                    ended.put(n, workflow);
                    running.remove(n);
                    continue;
                }
                approveIfWaiting(n, workflow);
            } catch (ConductorClientException | IllegalStateException e) {
                // Not written yet (the decider has not applied the start) or the API is down: read again later.
            } catch (RuntimeException e) {
                progress.accept("reading workflow " + n + " failed: " + e);
            }
            running.replace(n, System.currentTimeMillis() + RECHECK_MS);
        }
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }

    private void approveIfWaiting(int n, Workflow workflow) {
        workflow.getTasks().stream()
                .filter(t -> t.getReferenceTaskName().equals(FaultFlow.WAIT_REF) && t.getStatus() == Task.Status.IN_PROGRESS)
                .findFirst().ifPresent(wait -> {
                    TaskResult result = new TaskResult(wait);
                    result.setStatus(TaskResult.Status.COMPLETED);
                    result.addOutputData("approved", n);
                    tasks.updateTask(result);
                });
    }
}
