package io.baton.eventhandlers.handler;

import io.baton.decider.core.expression.Evaluators;
import io.baton.decider.core.expression.Evaluators.Evaluator;
import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.decider.core.expression.ScriptEvaluator;
import io.baton.model.event.EventHandler;
import io.baton.service.rest.ApiException;
import java.util.Map;

/**
 * A handler's condition, as Conductor's DefaultEventProcessor evaluates it: by the evaluator its {@code evaluatorType}
 * names (JavaScript when it names none) over the message document, which a script sees as {@code $}; the handler's
 * actions run when the value is true or a number above 0.
 */
public final class HandlerCondition {
    private HandlerCondition() {
    }

    public static boolean present(EventHandler handler) {
        return handler.getCondition() != null && !handler.getCondition().isBlank();
    }

    /**
     * @throws ScriptEvaluationException when the script throws or hits a limit
     * @throws IllegalStateException when the evaluatorType is none Baton has (stored before registration checked it)
     */
    public static boolean holds(EventHandler handler, Map<String, Object> document) {
        Object value = evaluator(handler).evaluate(handler.getCondition(), document);
        return value instanceof Boolean bool ? bool : value instanceof Number number && number.doubleValue() > 0;
    }

    /** Refuses, as a 400, an evaluator type Baton does not have or a script that does not parse. */
    static void validate(EventHandler handler) {
        if (!present(handler)) {
            return;
        }
        if (Evaluators.of(type(handler)).isEmpty()) {
            throw ApiException.badRequest("evaluatorType must be one of [javascript, graaljs, value-param]; was '"
                    + handler.getEvaluatorType() + "'");
        }
        if (!Evaluators.VALUE_PARAM.equals(type(handler))) {
            try {
                ScriptEvaluator.standard().check(handler.getCondition());
            } catch (ScriptEvaluationException e) {
                throw ApiException.badRequest("condition: " + e.getMessage());
            }
        }
    }

    private static Evaluator evaluator(EventHandler handler) {
        return Evaluators.of(type(handler)).orElseThrow(
                () -> new IllegalStateException("evaluatorType " + handler.getEvaluatorType() + " is none Baton has"));
    }

    private static String type(EventHandler handler) {
        String type = handler.getEvaluatorType();
        return type == null || type.isBlank() ? Evaluators.JAVASCRIPT : type;
    }
}
