package io.baton.eventhandlers.event;

import io.baton.model.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conductor's {@code JsonUtils.expand}: each string in the document that holds a JSON object or array becomes that
 * object or array, so {@code ${payload.body.id}} reaches into a payload field sent as JSON text. A string that only
 * looks like JSON stays as it is. The document given is not changed.
 */
final class InlineJson {
    private InlineJson() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> expand(Map<String, Object> document) {
        return (Map<String, Object>) value(document);
    }

    private static Object value(Object value) {
        if (value instanceof String text && looksLikeJson(text)) {
            try {
                return Json.read(text, Object.class);
            } catch (RuntimeException notJson) {
                return text;
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> expanded = new LinkedHashMap<>();
            map.forEach((key, item) -> expanded.put(key, value(item)));
            return expanded;
        }
        if (value instanceof List<?> list) {
            List<Object> expanded = new ArrayList<>(list.size());
            list.forEach(item -> expanded.add(value(item)));
            return expanded;
        }
        return value;
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.trim();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }
}
