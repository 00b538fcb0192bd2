package io.baton.launcher.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiDocumentTest {
    private static final JsonObject ERROR = new JsonObject().put("type", "object");

    @Test
    void takesEveryServicesPathsTagsAndComponentsUnderBatonsTitle() {
        JsonObject merged = ApiDocument.merge(List.of(
                service("/api/workflow", "Workflow", "ApiError", ERROR),
                service("/api/tasks", "Task", "ApiError", ERROR),
                service("/api/event", "Task", "EventHandler", new JsonObject().put("type", "object"))));

        assertEquals("Baton", merged.getJsonObject("info").getString("title"));
        assertEquals("3.1.0", merged.getString("openapi"));
        assertEquals(Set.of("/api/workflow", "/api/tasks", "/api/event"), merged.getJsonObject("paths").fieldNames());
        assertEquals(List.of("Workflow", "Task"), merged.getJsonArray("tags").stream()
                .map(tag -> ((JsonObject) tag).getString("name")).toList());
        assertEquals(Set.of("ApiError", "EventHandler"),
                merged.getJsonObject("components").getJsonObject("schemas").fieldNames());
    }

    @Test
    void refusesAPathTwoServicesServe() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ApiDocument.merge(List.of(
                service("/api/tasks", "Task", "ApiError", ERROR), service("/api/tasks", "Task", "ApiError", ERROR))));

        assertEquals("Two services' OpenAPI documents both define path /api/tasks", refused.getMessage());
    }

    @Test
    void refusesAComponentNameWithTwoMeanings() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ApiDocument.merge(List.of(
                service("/api/workflow", "Workflow", "Task", ERROR),
                service("/api/tasks", "Task", "Task", new JsonObject().put("type", "string")))));

        assertEquals("Two services' OpenAPI documents both define schemas Task", refused.getMessage());
    }

    private static JsonObject service(String path, String tag, String schema, JsonObject definition) {
        return new JsonObject().put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "a service"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", tag)))
                .put("paths", new JsonObject().put(path, new JsonObject()))
                .put("components", new JsonObject().put("schemas", new JsonObject().put(schema, definition)));
    }
}
