package io.baton.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What the deployment relies on beyond the schemas: topics, probes, limits, disruption budgets, wiring, routing. */
class ManifestRulesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ASYNCAPI = Path.of("../asyncapi/baton-asyncapi.yaml");
    private static final Set<String> SERVICES = Set.of("workflow-api", "task-queue", "decider", "event-handlers");
    /** The settings the services read to find Kafka, PostgreSQL and each other (see ServiceSettings). */
    private static final List<String> CONNECTION_SETTINGS = List.of("kafka.bootstrap.servers", "baton.db.",
            "baton.workflow-api.url");
    /** JSON logs and tracing, on in the cluster (off by default elsewhere); the collector's address is checked apart. */
    private static final Map<String, String> TELEMETRY = Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true",
            "QUARKUS_OTEL_SDK_DISABLED", "false");
    /** Secrets an operator of the cluster creates by hand before applying the overlay (k8s/README.md says how). */
    /** What the Kafka consumers' close (committing what they processed) and the JVM's exit may take after draining. */
    private static final long CONSUMERS_CLOSE_SECONDS = 5;
    private static final Map<String, Set<String>> CREATED_BY_HAND = Map.of("dev", Set.of(), "prod",
            Set.of("baton-basic-auth", "baton-auth"));

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everyTopicInTheAsyncApiDocumentIsAKafkaTopicOfTheKafkaCluster(String overlayName) throws IOException {
        Overlay overlay = Overlay.render(overlayName);
        Set<String> documented = new TreeSet<>();
        YAML.readTree(ASYNCAPI.toFile()).path("channels").forEach(c -> documented.add(c.path("address").asText()));
        Set<String> declared = overlay.ofKind("KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, declared);
        Set<String> kafkaClusters = overlay.ofKind("Kafka").stream().map(Overlay::nameOf).collect(Collectors.toSet());
        for (ObjectNode topic : overlay.ofKind("KafkaTopic")) {
            assertTrue(kafkaClusters.contains(topic.at("/metadata/labels/strimzi.io~1cluster").asText()),
                    Overlay.nameOf(topic) + " names a Kafka cluster that is not there");
            assertTrue(topic.at("/spec/partitions").asInt() > 0 && topic.at("/spec/config/retention.ms").asLong() > 0,
                    Overlay.nameOf(topic) + " needs partitions and a retention");
        }
    }

    @Test
    void productionTopicsSurviveTheLossOfOneBroker() {
        Overlay prod = Overlay.render("prod");
        int brokers = prod.ofKind("KafkaNodePool").stream().mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        for (ObjectNode topic : prod.ofKind("KafkaTopic")) {
            assertEquals(3, topic.at("/spec/replicas").asInt(), Overlay.nameOf(topic));
            assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt(), Overlay.nameOf(topic));
        }
        assertTrue(brokers >= 3, "three replicas need three brokers, there are " + brokers);
    }

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everyServiceHasHealthProbesResourcesABudgetAnAutoscalerAndAServiceAccount(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertEquals(SERVICES, overlay.ofKind("Deployment").stream().map(Overlay::nameOf).collect(Collectors.toSet()));
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : overlay.ofKind("Deployment")) {
            String name = Overlay.nameOf(deployment);
            JsonNode pod = deployment.at("/spec/template");
            JsonNode container = pod.at("/spec/containers/0");
            int port = Integer.parseInt(properties(name).getProperty("quarkus.http.port"));
            if (container.at("/ports/0/containerPort").asInt() != port) {
                problems.add(name + ": container port is not quarkus.http.port " + port);
            }
            Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready").forEach((probe, path) -> {
                        if (!container.at("/" + probe + "/httpGet/path").asText().equals(path)
                                || !container.at("/" + probe + "/httpGet/port").asText().equals("http")) {
                            problems.add(name + ": " + probe + " is not GET " + path + " on the http port");
                        }
                    });
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (container.at("/resources/" + kind + "/" + resource).isMissingNode()) {
                        problems.add(name + ": no " + resource + " " + kind);
                    }
                }
            }
            if (!container.at("/securityContext/allowPrivilegeEscalation").isBoolean()
                    || !pod.at("/spec/securityContext/runAsNonRoot").asBoolean()) {
                problems.add(name + ": may run as root or escalate");
            }
            if (overlay.ofKind("PodDisruptionBudget").stream().noneMatch(b -> selects(b.at("/spec/selector"), pod))) {
                problems.add(name + ": no PodDisruptionBudget selects its pods");
            }
            if (overlay.ofKind("Service").stream().noneMatch(s -> selectsLabels(s.at("/spec/selector"), pod))) {
                problems.add(name + ": no Service selects its pods");
            }
            if (overlay.ofKind("HorizontalPodAutoscaler").stream()
                    .noneMatch(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name))) {
                problems.add(name + ": no HorizontalPodAutoscaler scales it");
            }
            if (overlay.find("ServiceAccount", pod.at("/spec/serviceAccountName").asText()).isEmpty()) {
                problems.add(name + ": its ServiceAccount is missing");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everyServiceGetsTheConnectionSettingsItReads(String overlayName) {
        assertEquals(List.of(), environmentProblems(overlayName, (name, environment, problems) -> {
            for (String key : properties(name).stringPropertyNames()) {
                String variable = key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
                if (CONNECTION_SETTINGS.stream().anyMatch(key::startsWith) && !environment.containsKey(variable)) {
                    problems.add(name + ": " + key + " is not set (" + variable + ")");
                }
            }
        }));
    }

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everyServiceLogsJsonAndExportsTracesToACollector(String overlayName) {
        assertEquals(List.of(), environmentProblems(overlayName, (name, environment, problems) -> {
            TELEMETRY.forEach((variable, value) -> {
                if (!value.equals(environment.get(variable))) {
                    problems.add(name + ": " + variable + " is " + environment.get(variable));
                }
            });
            if (!environment.getOrDefault("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "").startsWith("http")) {
                problems.add(name + ": no collector endpoint");
            }
        }));
    }

    /**
     * SIGTERM: readiness DOWN for the shutdown delay, then in-flight requests get the shutdown timeout, then the Kafka
     * consumers commit and close; the kubelet's SIGKILL must not come before all of that.
     */
    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everyServiceDrainsWithinItsTerminationGracePeriod(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<String> problems = SERVICES.stream().sorted()
                .map(service -> drainProblem(overlay, overlay.find("Deployment", service).orElseThrow()))
                .flatMap(Optional::stream).toList();
        assertEquals(List.of(), problems);
    }

    private static Optional<String> drainProblem(Overlay overlay, ObjectNode deployment) {
        String name = Overlay.nameOf(deployment);
        String delay = deployment.at("/spec/template/spec/containers/0/envFrom").findValuesAsText("name").stream()
                .flatMap(map -> overlay.find("ConfigMap", map).stream())
                .map(map -> map.at("/data/QUARKUS_SHUTDOWN_DELAY").asText())
                .filter(value -> !value.isEmpty()).findFirst().orElse("0s");
        String timeout = properties(name).getProperty("quarkus.shutdown.timeout", "0s");
        long needed = seconds(delay) + seconds(timeout) + CONSUMERS_CLOSE_SECONDS;
        long grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asLong(30);
        if (seconds(delay) > 0 && seconds(timeout) > 0 && grace >= needed) {
            return Optional.empty();
        }
        return Optional.of(name + ": shutdown delay " + delay + ", timeout " + timeout + ", grace period " + grace
                + "s (needs a delay, a timeout and at least " + needed + "s)");
    }

    private static long seconds(String duration) {
        return Duration.parse("PT" + duration.toUpperCase(Locale.ROOT)).toSeconds();
    }

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everySecretReferenceResolves(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        var provided = SecretReferences.providedBy(overlay);
        List<SecretReferences.Reference> references = SecretReferences.referencesIn(overlay);
        assertTrue(references.stream().anyMatch(r -> r.secret().equals("baton-postgres-app")));
        List<SecretReferences.Reference> unresolved = references.stream()
                .filter(r -> !SecretReferences.resolves(r, provided)).toList();
        assertEquals(CREATED_BY_HAND.get(overlayName),
                unresolved.stream().map(SecretReferences.Reference::secret).collect(Collectors.toSet()),
                "unresolved: " + unresolved);
    }

    @Test
    void aMissingSecretKeyDoesNotResolve() {
        Overlay dev = Overlay.render("dev");
        var provided = SecretReferences.providedBy(dev);
        assertTrue(SecretReferences.resolves(new SecretReferences.Reference("t", "baton-postgres-app", "password"), provided));
        assertTrue(!SecretReferences.resolves(new SecretReferences.Reference("t", "baton-postgres-app", "passwd"), provided));
        assertTrue(!SecretReferences.resolves(new SecretReferences.Reference("t", "baton-postgres", "password"), provided));
    }

    @Test
    void secretsOfInitContainersProjectedVolumesAndImagePullsAreReferences() throws IOException {
        ObjectNode deployment = (ObjectNode) YAML.readTree("""
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      imagePullSecrets: [{name: registry}]
                      initContainers:
                        - env: [{name: A, valueFrom: {secretKeyRef: {name: init, key: a}}}]
                      containers:
                        - envFrom: [{secretRef: {name: all}}]
                      volumes:
                        - projected: {sources: [{secret: {name: projected}}]}
                """);
        List<SecretReferences.Reference> references = SecretReferences.referencesIn(new Overlay("t", List.of(deployment)));
        assertEquals(Set.of("registry", "init", "all", "projected"),
                references.stream().map(SecretReferences.Reference::secret).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void theIngressRoutesAsTheDockerFrontDoorDoes(String overlayName) {
        JsonNode ingress = Overlay.render(overlayName).find("Ingress", "baton").orElseThrow();
        Path nginx = Path.of("../deploy/nginx.conf");
        for (String path : List.of("/api/tasks", "/api/tasks/poll/batch/greet", "/api/tasks/queue/sizes",
                "/api/tasks/abc/log", "/api/event", "/api/event/handler", "/api/workflow/hello",
                "/api/metadata/taskdefs", "/api/tasksx", "/api/eventx", "/health", "/", "/api/tasks/search",
                "/api/tasks/search-v2", "/api/queue", "/api/queue/update/wf-1/approve/COMPLETED",
                "/api/admin/task/encode", "/api/admin/config", "/api/admin/taskx")) {
            assertEquals(FrontDoorRoutes.byNginx(nginx, path), FrontDoorRoutes.byIngress(ingress, path), path);
        }
    }

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void noMoreDecidersThanCommandPartitions(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        int partitions = overlay.ofKind("KafkaTopic").stream()
                .filter(t -> t.at("/spec/topicName").asText().equals("baton.commands"))
                .mapToInt(t -> t.at("/spec/partitions").asInt()).findFirst().orElseThrow();
        JsonNode autoscaler = overlay.find("HorizontalPodAutoscaler", "decider").orElseThrow();
        assertTrue(autoscaler.at("/spec/maxReplicas").asInt() <= partitions,
                "a decider beyond the " + partitions + " partitions of baton.commands would own none");
    }

    private static boolean selects(JsonNode selector, JsonNode podTemplate) {
        return selector.has("matchLabels") && selectsLabels(selector.get("matchLabels"), podTemplate);
    }

    private static boolean selectsLabels(JsonNode labels, JsonNode podTemplate) {
        JsonNode podLabels = podTemplate.at("/metadata/labels");
        List<Boolean> matches = new ArrayList<>();
        labels.fields().forEachRemaining(l -> matches.add(l.getValue().equals(podLabels.get(l.getKey()))));
        return !matches.isEmpty() && !matches.contains(false);
    }

    /** Checks one service's environment, adding what is wrong to problems. */
    private interface EnvironmentCheck {
        void check(String service, Map<String, String> environment, List<String> problems);
    }

    /**
     * What the check finds in the environment of each service container: its env values (null when read from
     * elsewhere) and its ConfigMaps' data; a missing ConfigMap is a problem too.
     */
    private static List<String> environmentProblems(String overlayName, EnvironmentCheck check) {
        Overlay overlay = Overlay.render(overlayName);
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : overlay.ofKind("Deployment")) {
            String name = Overlay.nameOf(deployment);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            Map<String, String> environment = new TreeMap<>();
            for (JsonNode envFrom : container.path("envFrom")) {
                String configMap = envFrom.at("/configMapRef/name").asText();
                overlay.find("ConfigMap", configMap).ifPresentOrElse(
                        map -> map.path("data").fields().forEachRemaining(
                                entry -> environment.put(entry.getKey(), entry.getValue().asText())),
                        () -> problems.add(name + ": ConfigMap " + configMap + " is missing"));
            }
            container.path("env").forEach(env -> environment.put(env.path("name").asText(),
                    env.has("value") ? env.path("value").asText() : null));
            check.check(name, environment, problems);
        }
        return problems;
    }

    private static Properties properties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("../services", service, "src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
