package io.baton.taskqueue.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.taskqueue.TaskDispatches;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A poll whose worker hangs up while it takes tasks (Quarkus REST cancels it) must not leave them taken by nobody:
 * they are either handed out and recorded with the decider, or back on the queue for the next poll.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class AbandonedClaimTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    TaskClaims claims;

    @Inject
    QueuedTaskStore store;

    @Inject
    Pool pool;

    @Test
    void shouldPutTasksBackWhenThePollIsCanceledWhileTakingThem() {
        // given
        String queueName = TaskDispatches.unique("abandoned");
        Task task = TaskDispatches.workerTask(queueName);
        store.offer(new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(), queueName, 0L, task))
                .await().atMost(WAIT);

        // when: the poll is canceled while its take waits in PostgreSQL (a table lock holds the take back until
        // the cancel has happened, whatever the machine's load)
        pool.withTransaction(conn -> conn.query("LOCK TABLE task_queue.queued_task IN EXCLUSIVE MODE").execute()
                .invoke(locked -> claims.claim(queueName, "gone-worker", 1, null).subscribe().with(tasks -> { })
                        .cancel()))
                .await().atMost(WAIT);

        // then: the take commits, and then gives the task back, so a later poll gets it
        List<Task> next = Awaitility.await().atMost(WAIT).until(
                () -> claims.claim(queueName, "next-worker", 1, null).await().atMost(WAIT), tasks -> !tasks.isEmpty());
        assertEquals(List.of(task.getTaskId()), next.stream().map(Task::getTaskId).toList());
        assertEquals(1, next.getFirst().getPollCount());
    }
}
