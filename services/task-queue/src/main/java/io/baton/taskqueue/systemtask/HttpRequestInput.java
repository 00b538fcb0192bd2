package io.baton.taskqueue.systemtask;

import io.baton.model.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP task's request, read as Conductor's HttpTask reads it: from the {@code http_request} input, or from the
 * input itself when there is none (newer Conductor lets uri, method, ... sit at the top level).
 *
 * @param accept            one media type or a list of them
 * @param connectionTimeOut ms to connect
 * @param readTimeOut       ms the response may stay silent
 */
record HttpRequestInput(String uri, String method, Map<String, Object> headers, Object body, Object accept,
                        String contentType, Integer connectionTimeOut, Integer readTimeOut) {
    static final String REQUEST_PARAMETER = "http_request";
    private static final String JSON = "application/json";
    private static final int DEFAULT_TIMEOUT_MS = 3000;

    /** @throws IllegalArgumentException naming what is missing or malformed */
    static HttpRequestInput from(Map<String, Object> input) {
        Object request = input.get(REQUEST_PARAMETER);
        HttpRequestInput parsed;
        try {
            parsed = Json.mapper().convertValue(request == null ? input : request, HttpRequestInput.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed HTTP request: " + e.getMessage(), e);
        }
        if (parsed.uri() == null || parsed.uri().isBlank()) {
            throw new IllegalArgumentException("Missing HTTP URI.  See documentation for HttpTask for required input parameters");
        }
        if (parsed.method() == null || parsed.method().isBlank()) {
            throw new IllegalArgumentException("No HTTP method specified");
        }
        return parsed;
    }

    List<String> acceptTypes() {
        if (accept instanceof List<?> types && !types.isEmpty()) {
            return types.stream().map(String::valueOf).toList();
        }
        return List.of(accept instanceof String type ? type : JSON);
    }

    String contentTypeOrDefault() {
        return contentType == null ? JSON : contentType;
    }

    /** The headers to send with a value: Content-Type and Accept first, then the task's own, which may override them. */
    Map<String, List<String>> allHeaders() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("Content-Type", List.of(contentTypeOrDefault()));
        all.put("Accept", List.of(String.join(", ", acceptTypes())));
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (value != null) {
                    all.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
                    all.put(name, List.of(String.valueOf(value)));
                }
            });
        }
        return all;
    }

    /** The body as sent: a text as it is, anything else as JSON; null for no body. */
    String bodyText() {
        if (body == null) {
            return null;
        }
        return body instanceof String text ? text : Json.write(body);
    }

    int connectTimeoutMs() {
        return connectionTimeOut == null ? DEFAULT_TIMEOUT_MS : connectionTimeOut;
    }

    int readTimeoutMs() {
        return readTimeOut == null ? DEFAULT_TIMEOUT_MS : readTimeOut;
    }
}
