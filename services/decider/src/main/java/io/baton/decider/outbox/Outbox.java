package io.baton.decider.outbox;

import io.baton.decider.core.Decision;
import io.baton.model.json.Json;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.Topics;
import io.baton.service.kafka.KeyedRecords;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * The transactional outbox: a decision's messages are written in the same transaction as the state, published after
 * the commit, and deleted once Kafka has them (by the next transaction). A crash in between leaves them here, and start-up publishes them.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final Duration IDLE_SWEEP = Duration.ofSeconds(1);

    @Inject
    Pool pool;

    @Inject
    OutboxTracing tracing;

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> kafka;

    @Inject
    Vertx vertx;

    /** Ids of published messages whose rows are still to be deleted. */
    private final Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    private volatile long lastForgotten = System.currentTimeMillis();
    private long sweeper;

    /**
     * The messages of a decision, in the order they are to be published: status events, task dispatches, then commands
     * for other workflows, each keyed by the workflow it is for.
     */
    public static List<OutboxMessage> messagesOf(Decision decision) {
        List<OutboxMessage> messages = new ArrayList<>();
        decision.events().forEach(event -> messages.add(new OutboxMessage(0, Topics.STATUS_EVENTS, event.workflowId(),
                event.eventType(), Json.write(event))));
        decision.dispatches().forEach(dispatch -> messages.add(messageOf(dispatch)));
        decision.commands().forEach(command -> messages.add(new OutboxMessage(0, Topics.COMMANDS,
                command.workflowId(), null, Json.write(command))));
        return messages;
    }

    /** A message for task-queue, keyed by its workflow. */
    public static OutboxMessage messageOf(TaskDispatch dispatch) {
        return new OutboxMessage(0, Topics.TASK_DISPATCH, dispatch.workflowId(), null, Json.write(dispatch));
    }

    /**
     * Writes the messages, each with the trace context of the command that made it ({@link OutboxTracing}; may be
     * null), in the caller's transaction and in one statement; returns them with their outbox ids.
     */
    public Uni<List<OutboxMessage>> store(SqlConnection connection, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection.preparedQuery("INSERT INTO decider.outbox (topic, message_key, event_type, payload, "
                        + "trace_context) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) "
                        + "RETURNING id")
                .execute(Tuple.of(column(messages, OutboxMessage::topic), column(messages, OutboxMessage::key),
                        column(messages, OutboxMessage::eventType), column(messages, OutboxMessage::payload),
                        column(messages, OutboxMessage::traceContext)))
                .map(rows -> {
                    // The rows are inserted in the arrays' order, each taking the next id: sorted, the ids pair
                    // with the messages in order.
                    long[] ids = new long[rows.size()];
                    int i = 0;
                    for (Row row : rows) {
                        ids[i++] = row.getLong(0);
                    }
                    Arrays.sort(ids);
                    List<OutboxMessage> stored = new ArrayList<>(messages.size());
                    for (i = 0; i < ids.length; i++) {
                        stored.add(messages.get(i).stored(ids[i]));
                    }
                    return stored;
                });
    }

    private static String[] column(List<OutboxMessage> messages, Function<OutboxMessage, String> field) {
        return messages.stream().map(field).toArray(String[]::new);
    }

    /**
     * Sends the messages, all at once and in order (the idempotent producer keeps a partition's order), and waits for
     * every acknowledgement. Their rows are deleted later, by the next transaction that stores messages or, when none
     * comes, by the idle sweep: publishing costs no commit of its own. A crash before that publishes them again, as
     * one between sending and deleting always could.
     */
    public Uni<Void> publish(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = messages.stream()
                .map(message -> kafka.sendMessage(tracing.continuing(KeyedRecords.toTopic(message.topic(),
                        message.key(), message.payload(), Topics.EVENT_TYPE_HEADER, message.eventType()),
                        message.traceContext())))
                .toList();
        return Uni.join().all(sends).andFailFast()
                .invoke(done -> messages.forEach(message -> acknowledged.add(message.id())))
                .replaceWithVoid();
    }

    /**
     * Runs the work in a transaction that also deletes the rows of the messages Kafka acknowledged since the last
     * one; should that transaction fail, they are left to the next.
     */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        lastForgotten = System.currentTimeMillis();
        List<Long> ids = drainAcknowledged();
        return pool.withTransaction(connection -> delete(connection, ids).flatMap(deleted -> work.apply(connection)))
                .onFailure().invoke(e -> acknowledged.addAll(ids));
    }

    /** Deletes acknowledged rows no transaction took along, in a transaction of their own, once messages stop coming. */
    void sweep() {
        if (acknowledged.isEmpty() || System.currentTimeMillis() - lastForgotten < IDLE_SWEEP.toMillis()) {
            return;
        }
        inTransaction(connection -> Uni.createFrom().voidItem())
                .subscribe().with(done -> { }, e -> LOG.warnf("Deleting published outbox rows failed: %s", e.toString()));
    }

    private List<Long> drainAcknowledged() {
        List<Long> ids = new ArrayList<>();
        for (Long id = acknowledged.poll(); id != null; id = acknowledged.poll()) {
            ids.add(id);
        }
        return ids;
    }

    private Uni<Void> delete(SqlConnection connection, List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("DELETE FROM decider.outbox WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new)))
                .replaceWithVoid();
    }

    /** Publishes what a previous run committed but did not get acknowledged, then sweeps while running. */
    void publishLeftovers(@Observes StartupEvent startup) {
        sweeper = vertx.setPeriodic(IDLE_SWEEP.toMillis(), id -> sweep());
        pool.query("SELECT id, topic, message_key, event_type, payload, trace_context FROM decider.outbox "
                        + "ORDER BY id")
                .execute()
                .map(rows -> {
                    List<OutboxMessage> leftovers = new ArrayList<>();
                    for (Row row : rows) {
                        leftovers.add(new OutboxMessage(row.getLong(0), row.getString(1), row.getString(2),
                                row.getString(3), row.getString(4), row.getString(5)));
                    }
                    return leftovers;
                })
                .flatMap(leftovers -> {
                    if (!leftovers.isEmpty()) {
                        LOG.infof("Publishing %d outbox messages left by a previous run", leftovers.size());
                    }
                    return publish(leftovers);
                })
                .await().atMost(Duration.ofMinutes(1));
    }

    void stopSweeping(@Observes ShutdownEvent shutdown) {
        vertx.cancelTimer(sweeper);
    }
}
