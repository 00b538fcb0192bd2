package io.baton.launcher.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Baton's one OpenAPI document, made of the documents of the services behind the front door: their paths, tags and
 * components under Baton's title. The front door serves it at {@code /q/openapi}; the build lints the same merge of
 * the documents the services write at build time.
 */
public final class ApiDocument {
    private static final JsonObject INFO = new JsonObject()
            .put("title", "Baton")
            .put("version", "0.1.0")
            .put("description", "Conductor's REST API as Baton serves it: metadata, workflows, search and health "
                    + "(workflow-api), the worker protocol and task queues (task-queue), and event handlers "
                    + "(event-handlers), all behind one front door. Errors answer with Conductor's error body. "
                    + "A Conductor endpoint Baton does not serve yet answers 501 and is not listed here.");

    private ApiDocument() {
    }

    /**
     * @throws IllegalStateException when two documents serve the same path or give one component name two meanings,
     *                               which one document cannot say
     */
    public static JsonObject merge(List<JsonObject> documents) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        List<String> tagNames = new ArrayList<>();
        JsonArray tags = new JsonArray();
        for (JsonObject document : documents) {
            addAll(paths, document.getJsonObject("paths", new JsonObject()), "path");
            document.getJsonObject("components", new JsonObject()).forEach(
                    kind -> addAll(child(components, kind.getKey()), (JsonObject) kind.getValue(), kind.getKey()));
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (!tagNames.contains(((JsonObject) tag).getString("name"))) {
                    tagNames.add(((JsonObject) tag).getString("name"));
                    tags.add(tag);
                }
            }
        }
        return new JsonObject()
                .put("openapi", documents.getFirst().getString("openapi"))
                .put("info", INFO.copy())
                .put("tags", tags)
                .put("paths", paths)
                .put("components", components);
    }

    private static JsonObject child(JsonObject parent, String key) {
        if (!parent.containsKey(key)) {
            parent.put(key, new JsonObject());
        }
        return parent.getJsonObject(key);
    }

    private static void addAll(JsonObject into, JsonObject from, String kind) {
        for (Map.Entry<String, Object> entry : from) {
            Object existing = into.getValue(entry.getKey());
            if (existing != null && (kind.equals("path") || !existing.equals(entry.getValue()))) {
                throw new IllegalStateException("Two services' OpenAPI documents both define " + kind + " "
                        + entry.getKey());
            }
            into.put(entry.getKey(), entry.getValue());
        }
    }

    /** Usage: {@code ApiDocument <merged.json> <service.json>...}: merges documents the services wrote at build time. */
    public static void main(String[] args) throws IOException {
        List<JsonObject> documents = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            documents.add(new JsonObject(Files.readString(Path.of(args[i]))));
        }
        Path merged = Path.of(args[0]);
        Files.createDirectories(merged.toAbsolutePath().getParent());
        Files.writeString(merged, merge(documents).encodePrettily());
    }
}
