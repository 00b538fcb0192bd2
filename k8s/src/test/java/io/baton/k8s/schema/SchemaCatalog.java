package io.baton.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of every kind the manifests may use, from the files in src/test/resources/schemas (their origin and
 * versions are in the README there): Kubernetes' own kinds from its OpenAPI definitions, Strimzi's,
 * CloudNativePG's and the prometheus-operator's from their CustomResourceDefinitions. A kind with no schema is
 * itself an error.
 */
public final class SchemaCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> CRDS = List.of("strimzi-1.2.0-040-Crd-kafka.yaml",
            "strimzi-1.2.0-043-Crd-kafkatopic.yaml", "strimzi-1.2.0-045-Crd-kafkanodepool.yaml",
            "cloudnative-pg-1.30.0-clusters.yaml", "prometheus-operator-0.93.0-servicemonitors.yaml");

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final Map<String, JsonSchema> byApiVersionAndKind = new HashMap<>();

    public SchemaCatalog() {
        loadKubernetes();
        CRDS.forEach(this::loadCrd);
    }

    /** What is wrong with this object; empty when it is valid. */
    public List<String> problems(JsonNode object) {
        String key = key(object.path("apiVersion").asText(), object.path("kind").asText());
        JsonSchema schema = byApiVersionAndKind.get(key);
        if (schema == null) {
            return List.of("no schema for " + key);
        }
        return schema.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private void loadKubernetes() {
        ObjectNode definitions = (ObjectNode) read("kubernetes-1.36-definitions.json", JSON).get("definitions");
        StrictSchema.allowNumericQuantity(definitions);
        StrictSchema.strict(definitions);
        definitions.fields().forEachRemaining(definition -> {
            for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty() ? gvk.path("version").asText()
                        : group + "/" + gvk.path("version").asText();
                ObjectNode root = JSON.createObjectNode();
                root.set("definitions", definitions);
                root.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition.getKey());
                byApiVersionAndKind.put(key(apiVersion, gvk.path("kind").asText()), factory.getSchema(root));
            }
        });
    }

    private void loadCrd(String file) {
        JsonNode spec = read(file, YAML).path("spec");
        String group = spec.path("group").asText();
        String kind = spec.path("names").path("kind").asText();
        for (JsonNode version : spec.path("versions")) {
            if (version.path("served").asBoolean()) {
                JsonNode schema = StrictSchema.strict(version.path("schema").path("openAPIV3Schema").deepCopy());
                byApiVersionAndKind.put(key(group + "/" + version.path("name").asText(), kind),
                        factory.getSchema(schema));
            }
        }
    }

    private static JsonNode read(String file, ObjectMapper mapper) {
        try (InputStream in = SchemaCatalog.class.getResourceAsStream("/schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("schema file missing: " + file);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
