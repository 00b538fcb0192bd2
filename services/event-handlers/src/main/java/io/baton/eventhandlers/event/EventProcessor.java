package io.baton.eventhandlers.event;

import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.eventhandlers.handler.EventHandlerStore;
import io.baton.model.event.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Runs every active handler of a message's event on it and records each action's execution. Returns only once all
 * of them are handed over and recorded, so the caller may then commit the message.
 */
@ApplicationScoped
public class EventProcessor {
    static final String CONDITIONS_UNSUPPORTED = "conditions are not supported yet";
    private static final Duration DB_WAIT = Duration.ofSeconds(30);

    @Inject
    EventHandlerStore handlers;
    @Inject
    EventActions actions;
    @Inject
    EventExecutionStore executions;

    public void process(EventMessage message) throws InterruptedException {
        List<EventHandler> active = handlers.forEvent(message.event(), true).await().atMost(DB_WAIT);
        for (EventHandler handler : active) {
            if (handler.getCondition() != null && !handler.getCondition().isBlank()) {
                // Not evaluated, so not run: a condition script needs the GraalJS sandbox INLINE will bring.
                record(new EventExecution(message.messageId() + "_0", message.messageId(), handler.getName(),
                        message.event(), null, Status.SKIPPED, null, CONDITIONS_UNSUPPORTED));
                continue;
            }
            for (int i = 0; i < handler.getActions().size(); i++) {
                record(actions.run(handler, i, message));
            }
        }
    }

    private void record(EventExecution execution) {
        executions.record(execution).await().atMost(DB_WAIT);
    }
}
