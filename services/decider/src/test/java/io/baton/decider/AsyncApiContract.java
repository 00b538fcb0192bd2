package io.baton.decider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.baton.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** The AsyncAPI document in asyncapi/, read as the contract a published message must meet. */
public final class AsyncApiContract {
    private static final Path DOCUMENT = Path.of("../../asyncapi/baton-asyncapi.yaml");
    private final JsonNode document;

    public AsyncApiContract() {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    /** Validates a payload against the schema of the message with this name (e.g. {@code workflow.started}). */
    public Set<ValidationMessage> violations(String messageName, String payload) {
        JsonNode schema = payloadSchemaOf(messageName);
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        try {
            return validator.validate(Json.mapper().readTree(payload));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + payload, e);
        }
    }

    private JsonNode payloadSchemaOf(String messageName) {
        for (JsonNode message : document.path("components").path("messages")) {
            if (messageName.equals(message.path("name").asText())) {
                String ref = message.path("payload").path("$ref").asText();
                return document.at(ref.substring(1));
            }
        }
        throw new AssertionError("the AsyncAPI document has no message named " + messageName);
    }
}
