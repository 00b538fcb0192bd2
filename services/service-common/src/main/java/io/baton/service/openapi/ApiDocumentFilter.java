package io.baton.service.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Completes each service's generated OpenAPI document; registered with {@code mp.openapi.filter}. */
public class ApiDocumentFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        EquivalentPaths.merge(openAPI.getPaths());
        ErrorResponses.describe(openAPI);
    }
}
