package io.baton.decider.core.expression;

import java.util.Map;
import java.util.Optional;

/**
 * Conductor's evaluator types, by the name an INLINE's {@code evaluatorType} input or a SWITCH's {@code evaluatorType}
 * gives: how an expression and a task's input become a value. Conductor's {@code python} is not among them.
 */
public final class Evaluators {
    public static final String VALUE_PARAM = "value-param";
    public static final String JAVASCRIPT = "javascript";

    /** Turns an expression and the task's input into a value; throws {@link ScriptEvaluationException} on failure. */
    @FunctionalInterface
    public interface Evaluator {
        Object evaluate(String expression, Map<String, Object> input);
    }

    private static final Evaluator SCRIPT = (expression, input) -> ScriptEvaluator.standard().evaluate(expression, input);
    private static final Map<String, Evaluator> BY_TYPE = Map.of(
            // The expression names the input key whose value is the result.
            VALUE_PARAM, (expression, input) -> expression == null ? null : input.get(expression),
            JAVASCRIPT, SCRIPT,
            "graaljs", SCRIPT);

    private Evaluators() {
    }

    /** @return the evaluator of that type, or empty for a type Baton does not have */
    public static Optional<Evaluator> of(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }
}
