package io.baton.service.auth;

import io.baton.service.rest.ApiErrorMappers;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request, when baton.auth.enabled: 401 without a valid token, 403 when its role lacks the permission the path
 * needs ({@link Permission}); before any resource runs, so a denied request changes nothing.
 */
public class AuthFilter {
    public static final String HEADER = "X-Authorization";

    @Inject
    AuthSettings settings;

    @Inject
    TokenVerifier verifier;

    @Inject
    CurrentCaller current;

    @ServerRequestFilter(preMatching = true)
    public Response authorize(ContainerRequestContext request) {
        if (!settings.enabled()) {
            return null;
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        Permission needed = Permission.required(method, path);
        if (needed == Permission.OPEN) {
            return null;
        }
        Caller caller;
        try {
            caller = verifier.verify(request.getHeaderString(HEADER));
        } catch (TokenVerifier.NotAuthenticated e) {
            return ApiErrorMappers.respond(401, e.getMessage());
        }
        if (!needed.grantedTo(caller.role())) {
            return forbidden(caller, "permission " + needed + " for " + method + " " + path);
        }
        String polled = Permission.polledTaskType(path);
        if (needed == Permission.WORK_TASKS && polled != null && !caller.mayWork(polled)) {
            return forbidden(caller, "task type " + polled);
        }
        current.set(caller);
        return null;
    }

    private static Response forbidden(Caller caller, String missing) {
        return ApiErrorMappers.respond(403, caller.forbidden(missing).getMessage());
    }
}
