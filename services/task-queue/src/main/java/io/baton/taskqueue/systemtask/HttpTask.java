package io.baton.taskqueue.systemtask;

import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HTTP: calls the task's {@code http_request} with Vert.x's non-blocking client, as Conductor's HttpTask does. */
@ApplicationScoped
public class HttpTask implements SystemTask {
    private final WebClient client;

    @Inject
    public HttpTask(Vertx vertx) {
        // Redirects are followed, as Conductor's client does; the task's own timeouts apply per request.
        this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(true).setUserAgentEnabled(false));
    }

    @Override
    public String type() {
        return TaskType.HTTP;
    }

    @Override
    public Uni<Outcome> run(Task task) {
        return Uni.createFrom().deferred(() -> send(HttpRequestInput.from(task.getInputData())))
                .map(response -> HttpResponseOutput.outcome(task, response.statusCode(),
                        HttpResponseStatus.valueOf(response.statusCode()).reasonPhrase(), headers(response),
                        response.bodyAsString()))
                .onFailure(IllegalArgumentException.class).recoverWithItem(e -> Outcome.failed(e.getMessage(), Map.of()))
                .onFailure().recoverWithItem(HttpResponseOutput::noResponse);
    }

    private Uni<HttpResponse<Buffer>> send(HttpRequestInput input) {
        HttpRequest<Buffer> request = client
                .requestAbs(HttpMethod.valueOf(input.method().toUpperCase(Locale.ROOT)), input.uri())
                .connectTimeout(input.connectTimeoutMs())
                .idleTimeout(input.readTimeoutMs());
        input.allHeaders().forEach(request::putHeader);
        String body = input.bodyText();
        return body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
    }

    private static Map<String, List<String>> headers(HttpResponse<Buffer> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().names().forEach(name -> headers.put(name, response.headers().getAll(name)));
        return headers;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
