package io.baton.decider.script;

import io.baton.decider.core.expression.ScriptEvaluator;
import io.baton.decider.core.expression.ScriptLimits;
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

    /** Characters of JSON a script's value may take (as much as a worker's output may, 512 KiB). */
    @ConfigProperty(name = "baton.scripts.result-max-length", defaultValue = "524288")
    int resultMaxLength;

    void onStart(@Observes StartupEvent event) {
        ScriptEvaluator.setStandardLimits(new ScriptLimits(timeLimit, statementLimit, resultMaxLength));
        Thread.ofVirtual().name("baton-graaljs-warm-up").start(ScriptEvaluator::standard);
    }
}
