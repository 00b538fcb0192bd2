package io.baton.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Secrets an overlay's objects refer to, and those that will exist: Secret objects in the overlay, and the ones
 * the operators create from its objects (CloudNativePG's {@code <cluster>-app}, cert-manager's Ingress TLS secrets).
 */
final class SecretReferences {
    /** The keys CloudNativePG 1.30 writes in a cluster's application user Secret (pkg/specs/secrets.go). */
    private static final Set<String> CNPG_APP_KEYS = Set.of("username", "user", "password", "dbname", "host", "port",
            "pgpass", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri");
    private static final String CERT_MANAGER_ISSUER = "cert-manager.io/cluster-issuer";
    private static final String NGINX_AUTH_SECRET = "nginx.ingress.kubernetes.io/auth-secret";
    private static final String ANY_KEY = "*";

    /** A reference to a Secret, and to one key of it unless {@code key} is {@value #ANY_KEY}. */
    record Reference(String from, String secret, String key) {
    }

    private SecretReferences() {
    }

    static List<Reference> referencesIn(Overlay overlay) {
        List<Reference> references = new ArrayList<>();
        for (ObjectNode object : overlay.objects()) {
            String from = object.path("kind").asText() + " " + Overlay.nameOf(object);
            JsonNode podSpec = object.path("spec").path("template").path("spec");
            List<JsonNode> containers = new ArrayList<>();
            podSpec.path("initContainers").forEach(containers::add);
            podSpec.path("containers").forEach(containers::add);
            for (JsonNode container : containers) {
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        references.add(new Reference(from, ref.path("name").asText(), ref.path("key").asText()));
                    }
                }
                for (JsonNode envFrom : container.path("envFrom")) {
                    if (envFrom.has("secretRef")) {
                        references.add(new Reference(from, envFrom.at("/secretRef/name").asText(), ANY_KEY));
                    }
                }
            }
            for (JsonNode volume : podSpec.path("volumes")) {
                if (volume.has("secret")) {
                    references.add(new Reference(from, volume.at("/secret/secretName").asText(), ANY_KEY));
                }
                for (JsonNode source : volume.at("/projected/sources")) {
                    if (source.has("secret")) {
                        references.add(new Reference(from, source.at("/secret/name").asText(), ANY_KEY));
                    }
                }
            }
            for (JsonNode pullSecret : podSpec.path("imagePullSecrets")) {
                references.add(new Reference(from, pullSecret.path("name").asText(), ".dockerconfigjson"));
            }
            for (JsonNode tls : object.path("spec").path("tls")) {
                references.add(new Reference(from, tls.path("secretName").asText(), ANY_KEY));
            }
            JsonNode authSecret = object.path("metadata").path("annotations").path(NGINX_AUTH_SECRET);
            if (!authSecret.isMissingNode()) {
                references.add(new Reference(from, authSecret.asText(), "auth"));
            }
        }
        return references;
    }

    /** Secret name to its keys, for every Secret that exists once the overlay is applied and the operators ran. */
    static Map<String, Set<String>> providedBy(Overlay overlay) {
        Map<String, Set<String>> provided = new HashMap<>();
        for (ObjectNode secret : overlay.ofKind("Secret")) {
            Set<String> keys = new HashSet<>();
            secret.path("data").fieldNames().forEachRemaining(keys::add);
            secret.path("stringData").fieldNames().forEachRemaining(keys::add);
            provided.put(Overlay.nameOf(secret), keys);
        }
        for (ObjectNode cluster : overlay.ofKind("Cluster")) {
            provided.put(Overlay.nameOf(cluster) + "-app", CNPG_APP_KEYS);
        }
        for (ObjectNode ingress : overlay.ofKind("Ingress")) {
            if (ingress.path("metadata").path("annotations").has(CERT_MANAGER_ISSUER)) {
                ingress.path("spec").path("tls").forEach(tls -> provided.put(tls.path("secretName").asText(),
                        Set.of("tls.crt", "tls.key", "ca.crt")));
            }
        }
        return provided;
    }

    static boolean resolves(Reference reference, Map<String, Set<String>> provided) {
        Set<String> keys = provided.get(reference.secret());
        return keys != null && (reference.key().equals(ANY_KEY) || keys.contains(reference.key()));
    }
}
