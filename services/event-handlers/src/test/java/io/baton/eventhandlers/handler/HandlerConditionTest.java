package io.baton.eventhandlers.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.model.event.EventHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conductor's truth of a condition's value: true, or a number above 0; anything else is false. */
class HandlerConditionTest {
    private static EventHandler handler(String evaluatorType, String condition) {
        EventHandler handler = new EventHandler();
        handler.setEvaluatorType(evaluatorType);
        handler.setCondition(condition);
        return handler;
    }

    @Test
    void shouldEvaluateJavaScriptOverTheDocumentAsDollarByDefault() {
        Map<String, Object> document = Map.of("payload", Map.of("amount", 12, "kind", "refund"));
        assertTrue(HandlerCondition.holds(handler(null, "$.payload.kind == 'refund'"), document));
        assertTrue(HandlerCondition.holds(handler("javascript", "$.payload.amount - 10"), document));
        assertFalse(HandlerCondition.holds(handler("graaljs", "$.payload.amount - 12"), document));
        assertFalse(HandlerCondition.holds(handler(null, "$.payload.kind"), document), "a string is not true");
    }

    @Test
    void shouldTakeTheNamedValueForValueParam() {
        Map<String, Object> document = Map.of("go", true, "count", 0, "label", "yes");
        assertTrue(HandlerCondition.holds(handler("value-param", "go"), document));
        assertFalse(HandlerCondition.holds(handler("value-param", "count"), document));
        assertFalse(HandlerCondition.holds(handler("value-param", "label"), document));
        assertFalse(HandlerCondition.holds(handler("value-param", "absent"), document));
    }

    /** A condition is a script like any other: none of these ways out reaches the host, each one is refused. */
    @Test
    void shouldRefuseAConditionThatTriesToLeaveTheSandbox() {
        Map<String, Object> document = Map.of("payload", Map.of("kind", "refund"));
        for (String escape : List.of("Java.type('java.lang.Runtime').getRuntime().halt(1) || true",
                "java.lang.System.getenv('PATH') != null", "Packages.java.lang.System.exit(1)",
                "Polyglot.eval('js', 'true')", "load('/etc/passwd') || true", "require('child_process') && true",
                "process.env.HOME != null", "fetch('http://localhost:8080/') && true", "new XMLHttpRequest() && true",
                "new Worker('w.js') && true", "this.constructor.constructor('return process')().exit(1)",
                "while (true) {}", "(function down() { return down(); })()",
                "let s = 'ab'; for (;;) { s += s; }")) {
            for (String evaluator : List.of("javascript", "graaljs")) {
                assertThrows(ScriptEvaluationException.class,
                        () -> HandlerCondition.holds(handler(evaluator, escape), document), evaluator + ": " + escape);
            }
        }
        assertTrue(HandlerCondition.holds(handler(null, "$.payload.kind == 'refund'"), document), "conditions still run");
    }
}
