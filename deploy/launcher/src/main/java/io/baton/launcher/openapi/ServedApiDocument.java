package io.baton.launcher.openapi;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import java.util.List;

/**
 * Answers {@code GET /q/openapi} at the front door with {@link ApiDocument}: the services' own documents, fetched
 * on each request (they are small, and a restarted service's new endpoints show at once) and merged. The Swagger UI
 * that workflow-api serves at {@code /q/swagger-ui} reads it through the front door too.
 */
public final class ServedApiDocument implements Handler<HttpServerRequest> {
    public static final String PATH = "/q/openapi";

    private final HttpClient client;
    private final List<SocketAddress> services;

    public ServedApiDocument(HttpClient client, List<SocketAddress> services) {
        this.client = client;
        this.services = services;
    }

    public static boolean asked(HttpServerRequest request) {
        return request.method() == HttpMethod.GET && request.path().equals(PATH);
    }

    @Override
    public void handle(HttpServerRequest request) {
        Future.all(services.stream().map(this::fetch).toList())
                .map(fetched -> ApiDocument.merge(fetched.list()))
                .onSuccess(document -> request.response().putHeader("Content-Type", "application/json")
                        .end(document.encode()))
                .onFailure(failure -> request.response().setStatusCode(502).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("status", 502).put("retryable", true)
                                .put("message", "Baton's OpenAPI document could not be made: " + failure.getMessage())
                                .encode()));
    }

    private Future<JsonObject> fetch(SocketAddress service) {
        return client.request(new RequestOptions().setServer(service).setHost(service.host()).setPort(service.port())
                        .setURI(PATH + "?format=json"))
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(service + " answered " + response.statusCode() + " for " + PATH))
                .map(Buffer::toJsonObject);
    }
}
