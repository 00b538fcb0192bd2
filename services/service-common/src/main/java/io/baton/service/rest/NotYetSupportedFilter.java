package io.baton.service.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers 501 with Conductor's error body naming the endpoint, for the Conductor endpoints a service does not serve
 * yet, so a client learns what is missing instead of a 404 it may take for a missing workflow or task. Each service
 * lists its endpoints in one subclass, annotated {@code @Provider @PreMatching}: before routing, so a literal path
 * such as {@code /api/tasks/external-storage-location} never reaches a resource whose template would take it, here {@code /{taskId}}.
 */
public abstract class NotYetSupportedFilter implements ContainerRequestFilter {
    private static final Pattern OUTER_SLASHES = Pattern.compile("^/+|/+$");

    private final List<Endpoint> endpoints;

    /** @param endpoints each as Conductor documents it, e.g. {@code "GET /api/tasks/queue/polldata"} */
    protected NotYetSupportedFilter(List<String> endpoints) {
        // The one with the fewest path parameters first, as Conductor's routing prefers literal segments.
        this.endpoints = endpoints.stream().map(Endpoint::parse)
                .sorted(Comparator.comparingLong(endpoint -> endpoint.template().chars().filter(c -> c == '{').count()))
                .toList();
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Runs before every request: no stream, no regex compiled per call.
        String path = "/" + OUTER_SLASHES.matcher(request.getUriInfo().getRequestUri().getPath()).replaceAll("");
        String method = request.getMethod();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.matches(method, path)) {
                request.abortWith(ApiErrorMappers.respond(501, endpoint + " is not supported by Baton yet"));
                return;
            }
        }
    }

    /** One method and path template; a {@code {name}} segment stands for any one segment. */
    public record Endpoint(String method, String template, Pattern pattern) {

        static Endpoint parse(String endpoint) {
            String[] parts = endpoint.split(" ", 2);
            String regex = Arrays.stream(parts[1].split("/", -1))
                    .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                    .collect(Collectors.joining("/"));
            return new Endpoint(parts[0], parts[1], Pattern.compile(regex));
        }

        /** A path this endpoint answers: the template with each {@code {name}} as {@code name}. */
        public String example() {
            return template.replaceAll("\\{([^/}]+)}", "$1");
        }

        /** The method and template with the names of path parameters left out, to compare with served endpoints. */
        public String shape() {
            return shape(method, template);
        }

        public static String shape(String method, String template) {
            return method.toUpperCase() + " " + template.replaceAll("\\{[^/}]+}", "{}");
        }

        boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && pattern.matcher(path).matches();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}
