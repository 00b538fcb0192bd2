package io.baton.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a Kubernetes OpenAPI or CRD schema into a JSON Schema that checks as strictly as the API server's strict field
 * validation ({@code kubectl apply --validate=strict}): an object with declared properties takes no others (unless it
 * says it keeps unknown fields), int-or-string and quantities take either form, a nullable field takes null.
 */
final class StrictSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private StrictSchema() {
    }

    /** The schema in place, made strict; returns it. */
    static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                // "properties" maps names to schemas, not a schema: descend into each value, never treat it as one.
                if (field.getKey().equals("properties") || field.getKey().equals("definitions")) {
                    field.getValue().forEach(StrictSchema::strict);
                } else if (field.getValue().isContainerNode()) {
                    strict(field.getValue());
                }
            }
            tighten(object);
        } else if (schema instanceof ArrayNode array) {
            array.forEach(StrictSchema::strict);
        }
        return schema;
    }

    /** Kubernetes' swagger marks quantities only by their definition's name. */
    static void allowNumericQuantity(ObjectNode definitions) {
        if (definitions.has(QUANTITY)) {
            definitions.set(QUANTITY, eitherStringOr("number"));
        }
    }

    private static void tighten(ObjectNode schema) {
        boolean keepsUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !keepsUnknown) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)
                || "int-or-string".equals(schema.path("format").asText())) {
            schema.remove(List.of("type", "format"));
            schema.setAll(eitherStringOr("integer"));
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            JsonNode type = schema.remove("type");
            schema.set("type", JSON.createArrayNode().add(type).add("null"));
        }
    }

    private static ObjectNode eitherStringOr(String otherType) {
        ObjectNode schema = JSON.createObjectNode();
        schema.putArray("anyOf").add(JSON.createObjectNode().put("type", "string"))
                .add(JSON.createObjectNode().put("type", otherType));
        return schema;
    }
}
