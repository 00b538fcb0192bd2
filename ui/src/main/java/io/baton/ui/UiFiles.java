package io.baton.ui;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the web UI (classpath folder {@code baton-ui/}) at the launcher's front door and in workflow-api:
 * {@code GET /} and {@code /index.html} answer the page, {@code /assets/**} its scripts and styles. The UI routes with
 * the URL's fragment, so no other path is its own and every API path still reaches the services.
 */
public final class UiFiles implements Handler<HttpServerRequest> {
    private static final String ROOT = "baton-ui";
    private static final String ASSETS = "/assets/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "json", "application/json");

    public static boolean asked(HttpServerRequest request) {
        String path = request.path();
        return (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                && (path.equals("/") || path.equals("/index.html") || path.startsWith(ASSETS));
    }

    @Override
    public void handle(HttpServerRequest request) {
        String path = request.path().equals("/") ? "/index.html" : request.path();
        byte[] body = path.contains("..") ? null : read(ROOT + path);
        if (body == null) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end("{\"status\":404,\"message\":\"no UI file " + path.replace("\"", "") + "\"}");
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        // Vite names assets after their content: they can be kept; the page must be asked for again.
        request.response().putHeader("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"))
                .putHeader("Cache-Control", path.startsWith(ASSETS) ? "public, max-age=31536000, immutable" : "no-cache")
                .end(Buffer.buffer(body));
    }

    private static byte[] read(String resource) {
        try (InputStream in = UiFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
