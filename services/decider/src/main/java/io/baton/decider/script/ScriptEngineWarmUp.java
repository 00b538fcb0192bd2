package io.baton.decider.script;

import io.baton.decider.core.expression.ScriptEvaluator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Starts GraalJS while the decider starts, off its startup path: the first start takes seconds, and would otherwise
 * hold up the first command with an INLINE task, scripted SWITCH or DO_WHILE condition, and its whole partition.
 */
@ApplicationScoped
public class ScriptEngineWarmUp {
    void onStart(@Observes StartupEvent event) {
        Thread.ofVirtual().name("baton-graaljs-warm-up").start(ScriptEvaluator::standard);
    }
}
