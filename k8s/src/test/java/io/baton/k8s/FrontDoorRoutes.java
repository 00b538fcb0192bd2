package io.baton.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a request path goes: by deploy/nginx.conf's locations, and by the Ingress's rules, each as its server decides. */
final class FrontDoorRoutes {
    private static final Pattern UPSTREAM = Pattern.compile("upstream (\\w+) \\{ server ([\\w-]+):\\d+; }");
    private static final Pattern LOCATION = Pattern.compile("location (= )?(\\S+) \\{ proxy_pass http://(\\w+); }");

    private FrontDoorRoutes() {
    }

    /** nginx: an exact location wins, else the longest prefix; the answer is the service behind the upstream. */
    static String byNginx(Path nginxConf, String path) {
        String conf = read(nginxConf);
        Map<String, String> services = new HashMap<>();
        Matcher upstream = UPSTREAM.matcher(conf);
        while (upstream.find()) {
            services.put(upstream.group(1), upstream.group(2));
        }
        Matcher location = LOCATION.matcher(conf);
        String best = null;
        int bestLength = -1;
        while (location.find()) {
            boolean exact = location.group(1) != null;
            String prefix = location.group(2);
            if (exact && prefix.equals(path)) {
                return services.get(location.group(3));
            }
            if (!exact && path.startsWith(prefix) && prefix.length() > bestLength) {
                best = services.get(location.group(3));
                bestLength = prefix.length();
            }
        }
        return best;
    }

    /** Ingress: an Exact path wins, else the longest Prefix that matches whole path segments. */
    static String byIngress(JsonNode ingress, String path) {
        List<JsonNode> paths = ingress.at("/spec/rules/0/http/paths").valueStream().toList();
        Optional<JsonNode> exact = paths.stream()
                .filter(p -> p.path("pathType").asText().equals("Exact") && p.path("path").asText().equals(path))
                .findFirst();
        return exact.or(() -> paths.stream()
                        .filter(p -> p.path("pathType").asText().equals("Prefix"))
                        .filter(p -> prefixMatches(p.path("path").asText(), path))
                        .max(Comparator.comparingInt(p -> p.path("path").asText().length())))
                .map(p -> p.at("/backend/service/name").asText())
                .orElse(null);
    }

    private static boolean prefixMatches(String prefix, String path) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return trimmed.isEmpty() || path.equals(trimmed) || path.startsWith(trimmed + "/");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
