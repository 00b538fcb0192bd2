package io.baton.eventhandlers.event;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conductor's {@code ParametersUtils.replace(map, payload)} for event handlers: each {@code ${path}} is a JsonPath over
 * the message document. A string that is exactly one expression takes the value as it is (object, list, number);
 * otherwise values are written into the text. A missing path resolves to null.
 */
final class PayloadParameters {
    private static final Configuration JSON_PATH = Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    private PayloadParameters() {
    }

    static Map<String, Object> resolve(Map<String, Object> parameters, Map<String, Object> document) {
        DocumentContext context = JsonPath.parse(document, JSON_PATH);
        Map<String, Object> resolved = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((key, value) -> resolved.put(key, value(value, context)));
        }
        return resolved;
    }

    /** One value, for parameters such as {@code workflowId} that are a single expression or a literal. */
    static Object resolve(Object value, Map<String, Object> document) {
        return value(value, JsonPath.parse(document, JSON_PATH));
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value, DocumentContext context) {
        if (value instanceof String text) {
            return text(text, context);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, item) -> resolved.put(key, value(item, context)));
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>(list.size());
            list.forEach(item -> resolved.add(value(item, context)));
            return resolved;
        }
        return value;
    }

    private static Object text(String text, DocumentContext context) {
        Matcher matcher = EXPRESSION.matcher(text);
        if (matcher.matches()) {
            return read(matcher.group(1), context);
        }
        return matcher.replaceAll(match -> Matcher.quoteReplacement(Objects.toString(read(match.group(1), context))));
    }

    private static Object read(String path, DocumentContext context) {
        return path.isBlank() ? null : context.read(path.trim());
    }
}
