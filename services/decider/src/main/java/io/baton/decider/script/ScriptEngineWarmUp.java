package io.baton.decider.script;

import io.baton.decider.core.expression.ScriptEvaluator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the configured script limits, then starts GraalJS while the decider starts, off its startup path: the first
 * start takes seconds, and would otherwise hold up the first command with an INLINE task, scripted SWITCH or DO_WHILE
 * condition, and its whole partition.
 */
@ApplicationScoped
public class ScriptEngineWarmUp {
    /** Wall-clock time one script may run (Conductor's CONDUCTOR_SCRIPT_MAX_EXECUTION_SECONDS, 4 s). */
    @ConfigProperty(name = "baton.scripts.time-limit", defaultValue = "4s")
    Duration timeLimit;

    /** Statements one script may run; stopping there is deterministic, so it fails the task terminally. */
    @ConfigProperty(name = "baton.scripts.statement-limit", defaultValue = "1000000")
    long statementLimit;

    void onStart(@Observes StartupEvent event) {
        ScriptEvaluator.setStandardLimits(timeLimit, statementLimit);
        Thread.ofVirtual().name("baton-graaljs-warm-up").start(ScriptEvaluator::standard);
    }
}
