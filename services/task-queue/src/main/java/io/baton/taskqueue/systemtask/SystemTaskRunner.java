package io.baton.taskqueue.systemtask;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.worker.Commands;
import io.baton.taskqueue.worker.TaskClaims;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs the system tasks that do I/O in place of a worker: claims them from their queue as a poll does (so the decider
 * records them IN_PROGRESS with this server as worker), runs them, and reports each outcome as a worker's update.
 * A task still running when this instance stops is offered again once its lease lapses.
 */
@ApplicationScoped
public class SystemTaskRunner {
    private static final Logger LOG = Logger.getLogger(SystemTaskRunner.class);

    @Inject
    Instance<SystemTask> systemTasks;

    @Inject
    SystemTaskSettings settings;

    @Inject
    TaskClaims claims;

    @Inject
    Commands commands;

    @Inject
    QueuedTaskStore store;

    @Inject
    QueueSignals signals;

    @Inject
    Vertx vertx;

    private final String workerId = serverId();
    private List<QueueLoop> loops = List.of();

    void start(@Observes StartupEvent startup) {
        long leaseMs = settings.lease().toMillis();
        loops = systemTasks.stream().map(systemTask -> new QueueLoop(systemTask.type(), settings.concurrency(),
                (queue, count) -> claims.claim(queue, workerId, count, leaseMs),
                task -> runAndReport(systemTask, task), signals, store, vertx)).toList();
        loops.forEach(QueueLoop::wake);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loops.forEach(QueueLoop::stop);
    }

    private Uni<Void> runAndReport(SystemTask systemTask, Task task) {
        return systemTask.run(task)
                .onFailure().recoverWithItem(e -> Outcome.failed("Failed to run " + systemTask.type() + " task: " + e,
                        task.getOutputData()))
                .flatMap(outcome -> report(task, outcome));
    }

    /** As TaskUpdateResource does for a worker: the command first, then the queue lets the task go (or holds it). */
    private Uni<Void> report(Task task, Outcome outcome) {
        TaskResult result = new TaskResult();
        result.setWorkflowInstanceId(task.getWorkflowInstanceId());
        result.setTaskId(task.getTaskId());
        result.setStatus(outcome.status());
        result.setOutputData(outcome.output());
        result.setReasonForIncompletion(outcome.reason());
        result.setWorkerId(workerId);
        Uni<Void> afterReport = outcome.status() == TaskResultStatus.IN_PROGRESS
                ? store.holdForCompletion(task.getTaskId())
                : store.finish(task.getTaskId());
        return commands.send(new ReportTaskResult(UUID.randomUUID().toString(), task.getWorkflowInstanceId(),
                        System.currentTimeMillis(), result))
                .chain(() -> afterReport)
                // The outcome is the result of a call that may not be repeatable: keep trying while the lease lasts.
                .onFailure().invoke(e -> LOG.warnf("Reporting task %s failed, retrying: %s", task.getTaskId(), e))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5))
                .expireIn(settings.lease().toMillis());
    }

    /** Conductor names its own server as the worker of the system tasks it runs. */
    private static String serverId() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "baton-task-queue";
        }
    }
}
