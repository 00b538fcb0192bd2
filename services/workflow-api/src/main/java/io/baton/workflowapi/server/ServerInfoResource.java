package io.baton.workflowapi.server;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's GET /api/version and /api/admin/config: what this server is and how it is set up. */
@Tag(name = "Admin")
@Path("/api")
public class ServerInfoResource {
    private static final String VERSION_KEY = "quarkus.application.version";

    @GET
    @Path("/version")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getVersion", description = "The server's version")
    @APIResponse(responseCode = "200", description = "The version, as text")
    public String version() {
        return config().getOptionalValue(VERSION_KEY, String.class).orElse("unknown");
    }

    @GET
    @Path("/admin/config")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAllConfig", description = "The server's settings (Baton's own, secrets left out) "
            + "and its version")
    @APIResponse(responseCode = "200", description = "The settings by name")
    public Map<String, Object> allConfig() {
        Map<String, Object> settings = new TreeMap<>();
        Config config = config();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("baton.") && !isSecret(name)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name, value));
            }
        }
        settings.put("version", version());
        return settings;
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // baton.auth.signing-key is a private key, by its name.
        return lower.contains("password") || lower.contains("secret") || lower.contains("token")
                || lower.contains("signing-key");
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
