package io.baton.taskqueue.systemtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpRequestInputTest {

    @Test
    void shouldReadTheRequestFromHttpRequestWithConductorsDefaults() {
        HttpRequestInput input = HttpRequestInput.from(Map.of("http_request",
                Map.of("uri", "http://orders/7", "method", "GET")));

        assertEquals("http://orders/7", input.uri());
        assertEquals(3000, input.connectTimeoutMs());
        assertEquals(3000, input.readTimeoutMs());
        assertNull(input.bodyText());
        assertEquals(Map.of("Content-Type", List.of("application/json"), "Accept", List.of("application/json")),
                input.allHeaders());
    }

    @Test
    void shouldReadTheRequestFromTheTopLevelOfTheInputWhenThereIsNoHttpRequest() {
        HttpRequestInput input = HttpRequestInput.from(Map.of("uri", "http://x", "method", "post",
                "body", Map.of("a", 1), "connectionTimeOut", "250", "readTimeOut", 900));

        assertEquals("post", input.method());
        assertEquals("{\"a\":1}", input.bodyText());
        assertEquals(250, input.connectTimeoutMs());
        assertEquals(900, input.readTimeoutMs());
    }

    @Test
    void shouldSendATextBodyAsItIsAndLetTheTasksHeadersOverrideTheDefaults() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/plain");
        headers.put("X-Count", 3);
        headers.put("X-Skipped", null);
        Map<String, Object> request = new LinkedHashMap<>(Map.of("uri", "http://x", "method", "PUT", "body", "hello",
                "accept", List.of("text/plain", "application/json")));
        request.put("headers", headers);

        HttpRequestInput input = HttpRequestInput.from(Map.of("http_request", request));

        assertEquals("hello", input.bodyText());
        assertEquals(Map.of("Accept", List.of("text/plain, application/json"), "content-type", List.of("text/plain"),
                "X-Count", List.of("3")), input.allHeaders());
    }

    @Test
    void shouldNameWhatIsMissingAsConductorDoes() {
        assertEquals("Missing HTTP URI.  See documentation for HttpTask for required input parameters",
                assertThrows(IllegalArgumentException.class,
                        () -> HttpRequestInput.from(Map.of("http_request", Map.of("method", "GET")))).getMessage());
        assertEquals("No HTTP method specified", assertThrows(IllegalArgumentException.class,
                () -> HttpRequestInput.from(Map.of("uri", "http://x"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> HttpRequestInput.from(Map.of("http_request",
                Map.of("uri", "http://x", "method", "GET", "readTimeOut", "soon"))));
    }
}
