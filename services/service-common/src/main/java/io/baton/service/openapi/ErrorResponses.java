package io.baton.service.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every error response of the document the body {@code ApiErrorMappers} answers with, so a resource only
 * declares the code and when it happens ({@code @APIResponse(responseCode = "404", description = ...)}), and adds the
 * 500 every operation can answer.
 */
final class ErrorResponses {
    static final String SCHEMA = "ApiError";
    private static final String VALIDATION_ERROR = "ValidationError";

    private ErrorResponses() {
    }

    static void describe(OpenAPI openAPI) {
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                describeErrors(operation);
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, apiError()).addSchema(VALIDATION_ERROR, validationError());
    }

    private static void describeErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse("500")) {
            operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse()
                    .description("An unexpected failure, named in the body"));
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            if (response.getKey().matches("[45]\\d\\d") && response.getValue().getContent() == null) {
                response.getValue().setContent(errorBody());
            }
        }
    }

    private static Content errorBody() {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    private static Schema apiError() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("Conductor's error body: the status, what went wrong, and for validation each field at fault")
                .required(List.of("status", "message"))
                .addProperty("status", integer("The HTTP status"))
                .addProperty("message", text("What went wrong, naming the field, id or endpoint at fault"))
                .addProperty("instance", text("The host that answered"))
                .addProperty("retryable", OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))
                        .description("Whether the same request may succeed later (true for 5xx)"))
                .addProperty("validationErrors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Each field that failed validation")
                        .items(OASFactory.createSchema().ref(VALIDATION_ERROR)));
    }

    private static Schema validationError() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One field that failed validation")
                .addProperty("path", text("The field, as a path into the request body"))
                .addProperty("message", text("Why the value is refused"))
                .addProperty("invalidValue", text("The value refused"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32").description(description);
    }
}
