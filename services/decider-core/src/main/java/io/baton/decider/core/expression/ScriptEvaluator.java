package io.baton.decider.core.expression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.decider.core.BoundedCache;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Evaluates a JavaScript expression the way Conductor's INLINE, SWITCH and DO_WHILE scripts see it: the input is
 * bound as {@code $}, so {@code $.value > 1} works, and the value of the script is the result.
 *
 * <p>The input crosses into the script as JSON and the result comes back as JSON ({@code JSON.stringify}), so a
 * script sees plain JavaScript objects and arrays (with {@code Array.isArray}, {@code map}, {@code Object.keys}), cannot
 * change the caller's data, and its result is plain Java: {@link Map}, {@link java.util.List}, {@link String},
 * {@link Number} (Integer, Long or Double, as Jackson reads it), {@link Boolean} or null ({@code undefined}, functions
 * and {@code NaN} become null, as {@code JSON.stringify} writes them).
 *
 * <p>Sandbox: every evaluation gets a fresh {@link Context} on one shared {@link Engine} (so parsed code is cached
 * across evaluations) with no host access (no Java objects, no {@code Java.type}, no host class loading), no IO (and
 * no {@code load}), no threads, no processes, no environment, no native or polyglot access, and console and print
 * output discarded. GraalVM's CONSTRAINED sandbox policy would check the same settings but forbids the string length
 * limit below, which protects more. Two limits stop a runaway script: a statement limit (deterministic: the same
 * script on the same input stops at the same place) and a wall-clock time limit enforced by a watchdog thread that
 * cancels the context.
 *
 * <p>Memory: GraalJS community (the only edition on Maven Central under a free licence that runs on a stock JDK)
 * cannot limit a context's heap; {@code sandbox.MaxHeapMemory} and the ISOLATED and UNTRUSTED policies need Oracle
 * GraalVM. What it can do is done: the statement limit bounds how many allocations a script's own loops make, and
 * one string is at most {@link #STRING_LENGTH_LIMIT} characters, so {@code 'x'.repeat(1 << 29)} or a string doubled
 * in a loop is a RangeError; a script's value may be at most {@link ScriptLimits#resultMaxLength()} characters of
 * JSON. A single built-in call that allocates a large array ({@code new Array(1e8).fill(0)},
 * {@code new Uint8Array(1 << 30)}) is not bounded: only the JVM's heap limit stops it, so the decider must run with
 * {@code -Xmx} and {@code -XX:+ExitOnOutOfMemoryError}.
 */
public final class ScriptEvaluator {
    /** Characters in one string: 32 MB, so that {@code 'x'.repeat(n)} or doubling a string cannot fill the heap. */
    public static final int STRING_LENGTH_LIMIT = 1 << 24;
    private static final int SOURCE_CACHE_SIZE = 512;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "baton-script-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private static ScriptLimits standardLimits = ScriptLimits.DEFAULT;
    private static ScriptEvaluator standard;

    private final ScriptLimits scriptLimits;
    private final Engine engine;
    private final ResourceLimits limits;
    /** Keeps each script's Source alive, so the engine's code cache (weak on Sources) finds it again. */
    private final BoundedCache<String, Source> sources = new BoundedCache<>(SOURCE_CACHE_SIZE);

    public ScriptEvaluator(ScriptLimits scriptLimits) {
        this.scriptLimits = scriptLimits;
        this.engine = Engine.newBuilder("js")
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                // On a JDK without Graal's compiler GraalJS interprets; it says so on every start unless told not to.
                .option("engine.WarnInterpreterOnly", "false")
                // GraalJS calls these experimental; they are its only switches for what they do.
                .allowExperimentalOptions(true)
                .option("js.string-length-limit", String.valueOf(STRING_LENGTH_LIMIT))
                .option("js.load", "false")
                .build();
        this.limits = ResourceLimits.newBuilder().statementLimit(scriptLimits.statementLimit(), null).build();
        warmUp();
    }

    /**
     * The first evaluation on a cold JVM loads and initializes GraalJS (seconds on a busy machine); it happens here,
     * outside any time limit, so no task's script pays for it and times out.
     */
    private void warmUp() {
        try (Context context = newContext()) {
            context.eval(source("JSON.stringify(JSON.parse('{\"warm\":[1]}'))"));
        }
    }

    /**
     * The evaluator shared by every task type: the default limits, unless the service set its configured ones first.
     * Made on first use, as making one takes seconds.
     */
    public static synchronized ScriptEvaluator standard() {
        if (standard == null) {
            standard = new ScriptEvaluator(standardLimits);
        }
        return standard;
    }

    /** Sets the limits {@link #standard()} is made with; a service calls it at start, before any script runs. */
    public static synchronized void setStandardLimits(ScriptLimits limits) {
        if (standard != null && !standard.scriptLimits.equals(limits)) {
            throw new IllegalStateException("the standard evaluator is already in use with other limits");
        }
        standardLimits = limits;
    }

    /**
     * @param input bound as {@code $}; anything Jackson writes as JSON (null gives {@code $ === null})
     * @return the script's value as plain Java
     * @throws ScriptEvaluationException when the script does not parse, throws, or hits a limit; its message is the task's
     *     reason for incompletion
     */
    public Object evaluate(String script, Object input) {
        if (script == null) {
            throw new ScriptEvaluationException("Error evaluating the script: there is no script", true);
        }
        String inputJson = toJson(input);
        try (Context context = newContext()) {
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> context.close(true), scriptLimits.timeLimit().toNanos(),
                    TimeUnit.NANOSECONDS);
            try {
                Value json = context.getBindings("js").getMember("JSON");
                context.getBindings("js").putMember("$", json.invokeMember("parse", inputJson));
                Value result = context.eval(source(script));
                return fromJson(requireWithinLimit(json.invokeMember("stringify", result)));
            } catch (PolyglotException e) {
                throw failure(e);
            } finally {
                watchdog.cancel(false);
            }
        }
    }

    /**
     * Parses the script without running it, so a definition holding it can be refused when it is registered.
     *
     * @throws ScriptEvaluationException naming the syntax error
     */
    public void check(String script) {
        if (script == null) {
            throw new ScriptEvaluationException("Error evaluating the script: there is no script", true);
        }
        try (Context context = newContext()) {
            context.parse(source(script));
        } catch (PolyglotException e) {
            throw failure(e);
        }
    }

    private Context newContext() {
        return Context.newBuilder("js")
                .engine(engine)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowNativeAccess(false)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowIO(IOAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .resourceLimits(limits)
                .build();
    }

    private Source source(String script) {
        return sources.get(script, text -> Source.newBuilder("js", text, "expression").cached(true).buildLiteral());
    }

    private ScriptEvaluationException failure(PolyglotException e) {
        if (e.isResourceExhausted()) {
            return new ScriptEvaluationException("Script stopped after " + scriptLimits.statementLimit()
                    + " statements, its limit", true);
        }
        if (e.isCancelled()) {
            // Conductor's message for its own time limit; a timeout may not repeat, so the task may be retried.
            return new ScriptEvaluationException("Script not evaluated within " + describe(scriptLimits.timeLimit())
                    + ", interrupted.", false);
        }
        String where = e.getSourceLocation() == null ? "" : " at line " + e.getSourceLocation().getStartLine();
        return new ScriptEvaluationException("Error evaluating the script `" + e.getMessage() + "`" + where, true);
    }

    private Value requireWithinLimit(Value json) {
        if (!json.isNull() && json.asString().length() > scriptLimits.resultMaxLength()) {
            throw new ScriptEvaluationException("Script result is " + json.asString().length()
                    + " characters of JSON, more than its limit of " + scriptLimits.resultMaxLength()
                    + " (baton.scripts.result-max-length)", true);
        }
        return json;
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " seconds" : limit.toMillis() + " ms";
    }

    private static String toJson(Object input) {
        try {
            return JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new ScriptEvaluationException("Script input is not JSON: " + e.getOriginalMessage(), true);
        }
    }

    private static Object fromJson(Value json) {
        if (json.isNull()) {
            return null; // JSON.stringify(undefined) and of a function
        }
        try {
            return JSON.readValue(json.asString(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON.stringify wrote what Jackson cannot read", e);
        }
    }
}
