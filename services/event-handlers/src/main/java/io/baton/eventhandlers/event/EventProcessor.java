package io.baton.eventhandlers.event;

import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.eventhandlers.handler.EventHandlerStore;
import io.baton.eventhandlers.handler.HandlerCondition;
import io.baton.model.event.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs every active handler of a message's event on it and records each action's execution. Returns only once all
 * of them are handed over and recorded, with what was recorded, so the caller may dead-letter the failures and then
 * commit the message.
 */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    private static final Duration DB_WAIT = Duration.ofSeconds(30);

    @Inject
    EventHandlerStore handlers;
    @Inject
    EventActions actions;
    @Inject
    EventExecutionStore executions;

    public List<EventExecution> process(EventMessage message) throws InterruptedException {
        List<EventHandler> active = handlers.forEvent(message.event(), true).await().atMost(DB_WAIT);
        List<EventExecution> recorded = new ArrayList<>();
        for (EventHandler handler : active) {
            if (HandlerCondition.present(handler)) {
                Optional<EventExecution> notRun = unlessConditionHolds(handler, message);
                if (notRun.isPresent()) {
                    recorded.add(record(notRun.get()));
                    continue;
                }
            }
            for (int i = 0; i < handler.getActions().size(); i++) {
                recorded.add(record(actions.run(handler, i, message)));
            }
        }
        return recorded;
    }

    /**
     * Evaluates the handler's condition over the message with its JSON-in-text expanded, as Conductor does; when it
     * does not hold, the handler is SKIPPED, or FAILED when the condition could not be evaluated.
     */
    private Optional<EventExecution> unlessConditionHolds(EventHandler handler, EventMessage message) {
        String id = message.messageId() + "_0";
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("condition", handler.getCondition());
        output.put("msg", message.payloadIn(message.document()));
        try {
            if (HandlerCondition.holds(handler, InlineJson.expand(message.document()))) {
                return Optional.empty();
            }
            return Optional.of(new EventExecution(id, message.messageId(), handler.getName(), message.event(), null,
                    Status.SKIPPED, output, null));
        } catch (ScriptEvaluationException | IllegalStateException e) {
            // IllegalStateException: an evaluatorType stored before registration checked it.
            LOG.warnf("condition of handler %s on message %s failed: %s", handler.getName(), message.messageId(), e.getMessage());
            return Optional.of(new EventExecution(id, message.messageId(), handler.getName(), message.event(), null,
                    Status.FAILED, output, "condition: " + e.getMessage()));
        }
    }

    private EventExecution record(EventExecution execution) {
        executions.record(execution).await().atMost(DB_WAIT);
        return execution;
    }
}
