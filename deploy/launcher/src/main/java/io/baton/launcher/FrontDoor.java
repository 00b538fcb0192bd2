package io.baton.launcher;

import io.baton.launcher.openapi.ServedApiDocument;
import io.baton.ui.UiFiles;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import java.util.List;
import java.util.Set;

/**
 * The one HTTP entry of a local cluster, so Conductor clients need a single base URL: the worker protocol
 * ({@code /api/tasks} and below), the status queues ({@code /api/queue} and below) and the pending tasks of a type
 * ({@code /api/admin/task} and below) go to task-queue, but for task search ({@code /api/tasks/search},
 * {@code /api/tasks/search-v2}), which workflow-api serves with workflow search; event handlers ({@code /api/event}
 * and below) go to event-handlers, everything else ({@code /api/**}, {@code /health}, {@code /q/**}) to workflow-api.
 * Kubernetes does the same with an Ingress. {@code GET /q/openapi} is answered here, with the services' OpenAPI
 * documents merged into one, and {@code GET /} and {@code /assets/**} with the web UI ({@link UiFiles}).
 */
public final class FrontDoor {
    private static final List<String> TASK_QUEUE = List.of("/api/tasks", "/api/queue", "/api/admin/task");
    private static final String EVENTS = "/api/event";
    private static final Set<String> TASK_SEARCH = Set.of("/api/tasks/search", "/api/tasks/search-v2");

    private FrontDoor() {
    }

    /**
     * Usage: {@code FrontDoor <port> <workflow-api port> <task-queue port> <event-handlers port>}; runs until the JVM
     * is stopped.
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: FrontDoor <port> <workflow-api port> <task-queue port> <event-handlers port>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        start(Vertx.vertx(), port, local(args[1]), local(args[2]), local(args[3]))
                .onSuccess(server -> System.out.println("front door listening on port " + server.actualPort()))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private static SocketAddress local(String port) {
        return SocketAddress.inetSocketAddress(Integer.parseInt(port), "localhost");
    }

    /** Starts the proxy on {@code port} (0 picks a free one). */
    public static Future<HttpServer> start(Vertx vertx, int port, SocketAddress workflowApi, SocketAddress taskQueue,
                                           SocketAddress eventHandlers) {
        // Workers long-poll: allow many concurrent requests per origin instead of Vert.x's default pool of 5.
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(256)));
        proxy.originSelector(request -> Future.succeededFuture(origin(request.path(), workflowApi, taskQueue, eventHandlers)));
        ServedApiDocument apiDocument = new ServedApiDocument(vertx.createHttpClient(),
                List.of(workflowApi, taskQueue, eventHandlers));
        UiFiles ui = new UiFiles();
        // HTTP/1.1 only: a body-less h2c-upgraded request can't be relayed to an HTTP/1.1 origin as it is.
        return vertx.createHttpServer(new HttpServerOptions().setHttp2ClearTextEnabled(false))
                .requestHandler(request -> {
                    if (ServedApiDocument.asked(request)) {
                        apiDocument.handle(request);
                    } else if (UiFiles.asked(request)) {
                        ui.handle(request);
                    } else {
                        proxy.handle(request);
                    }
                }).listen(port);
    }

    private static SocketAddress origin(String path, SocketAddress workflowApi, SocketAddress taskQueue,
                                        SocketAddress eventHandlers) {
        if (TASK_SEARCH.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path)) {
            return workflowApi;
        }
        return TASK_QUEUE.stream().anyMatch(prefix -> under(prefix, path)) ? taskQueue : under(EVENTS, path) ? eventHandlers : workflowApi;
    }

    static boolean under(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
