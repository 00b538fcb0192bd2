package io.baton.taskqueue.systemtask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.baton.model.json.Json;
import io.baton.model.task.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP task's outcome from the response, in Conductor's shape: output {@code response}, 2xx COMPLETED. */
final class HttpResponseOutput {
    private static final ObjectReader JSON = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HttpResponseOutput() {
    }

    static Outcome outcome(Task task, int statusCode, String reasonPhrase, Map<String, List<String>> headers, String body) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", statusCode);
        response.put("reasonPhrase", reasonPhrase);
        response.put("headers", headers);
        response.put("body", parsedBody(body));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("response", response);
        if (statusCode >= 200 && statusCode < 300) {
            return Outcome.succeeded(task, output);
        }
        String reason = "Failed to invoke HTTP task due to: " + statusCode + " " + reasonPhrase;
        return Outcome.failed(body == null || body.isEmpty() ? reason : reason + ": " + body, output);
    }

    /** The outcome of a call that got no response: the connection failed or timed out. */
    static Outcome noResponse(Throwable failure) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("response", failure.toString());
        return Outcome.failed("Failed to invoke HTTP task due to: " + failure, output);
    }

    /**
     * As Conductor's HttpTask reads a body: a JSON object or array as a map or list, a JSON number as a double, any
     * other JSON value as its text, and a body that is not JSON as it came.
     */
    static Object parsedBody(String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node.isContainerNode()) {
                return Json.mapper().convertValue(node, Object.class);
            }
            return node.isNumber() ? (Object) node.asDouble() : node.asText();
        } catch (JsonProcessingException e) {
            return body;
        }
    }
}
