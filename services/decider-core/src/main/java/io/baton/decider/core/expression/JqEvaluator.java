package io.baton.decider.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.baton.decider.core.BoundedCache;
import io.baton.model.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Version;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * Runs a jq query (jackson-jq, jq 1.6's language) over a task's input, as Conductor's JSON_JQ_TRANSFORM does.
 * Compiled queries are cached. jq's {@code env} gives an empty object here: a definition must not read the decider's
 * environment. Endless recursion fails the query; a query that loops without recursing (such as
 * {@code [range(1e15)]}) is not stopped: jackson-jq has no limit to set and cannot be interrupted.
 */
public final class JqEvaluator {
    private static final Version JQ = Versions.JQ_1_6;
    private static final int QUERY_CACHE_SIZE = 1000;
    private static final Scope ROOT = rootScope();
    private static final BoundedCache<String, JsonQuery> QUERIES = new BoundedCache<>(QUERY_CACHE_SIZE);

    private JqEvaluator() {
    }

    /**
     * @return every value the query emits, as plain Java (integral numbers as Long, as Conductor gives them)
     * @throws ScriptEvaluationException (retriable, as Conductor fails the task) when the query does not compile or
     *     fails on this input; the message is the first in its causes that is not jackson-jq's "N/A"
     */
    public static List<Object> evaluate(String query, Map<String, Object> input) {
        try {
            JsonQuery compiled = QUERIES.get(query, JqEvaluator::compile);
            List<Object> results = new ArrayList<>();
            compiled.apply(Scope.newChildScope(ROOT), Json.mapper().valueToTree(input),
                    node -> results.add(toJava(node)));
            return results;
        } catch (JsonQueryException | CompileFailure e) {
            throw new ScriptEvaluationException(firstMessage(e instanceof CompileFailure f ? f.getCause() : e), false);
        } catch (StackOverflowError e) {
            // jackson-jq recurses on the calling thread; the stack unwound, so the decider can go on.
            throw new ScriptEvaluationException("jq query recursed too deeply", false);
        }
    }

    private static JsonQuery compile(String query) {
        try {
            return JsonQuery.compile(query, JQ);
        } catch (JsonQueryException e) {
            throw new CompileFailure(e);
        }
    }

    private static Scope rootScope() {
        Scope scope = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(JQ, scope);
        scope.addFunction("env", 0, (s, args, in, path, output, version) ->
                output.emit(JsonNodeFactory.instance.objectNode(), null));
        return scope;
    }

    private static Object toJava(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        return Json.mapper().convertValue(node, Object.class);
    }

    private static String firstMessage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().contains("N/A")) {
                return cause.getMessage();
            }
        }
        return "";
    }

    /** Carries a compile error out of the cache's computing function. */
    private static final class CompileFailure extends RuntimeException {
        CompileFailure(JsonQueryException cause) {
            super(cause);
        }
    }
}
