package io.baton.workflowapi.ui;

import io.baton.ui.UiFiles;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves {@code GET /}, {@code /index.html} and {@code /assets/**} with the web UI (module {@code ui}), as the
 * launcher's front door does: Docker Compose's nginx and the Kubernetes Ingress send those paths to workflow-api.
 * The API's access keys do not guard the page; its calls to the API carry whatever the browser sends.
 */
@ApplicationScoped
public class UiRoutes {
    private final UiFiles files = new UiFiles();

    void install(@Observes Router router) {
        router.route().handler(context -> {
            if (UiFiles.asked(context.request())) {
                files.handle(context.request());
            } else {
                context.next();
            }
        });
    }
}
