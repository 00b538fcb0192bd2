package io.baton.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.k8s.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every object of every overlay is valid against its kind's schema, strictly: a misspelt field fails the build. */
class ManifestSchemaTest {
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    @ParameterizedTest
    @FieldSource("io.baton.k8s.Overlay#NAMES")
    void everyObjectMatchesItsSchema(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : overlay.objects()) {
            SCHEMAS.problems(object).forEach(problem -> problems.add(
                    object.path("kind").asText() + " " + Overlay.nameOf(object) + ": " + problem));
        }
        assertEquals(List.of(), problems);
        assertEquals(12 + 4 * 6, overlay.objects().size(),
                "Kafka, node pool, 6 topics, PostgreSQL, Ingress, ServiceMonitor, telemetry ConfigMap, 6 per service");
    }

    @Test
    void aMisspeltFieldInAContainerFails() {
        ObjectNode deployment = Overlay.render("prod").find("Deployment", "decider").orElseThrow().deepCopy();
        assertProblemNames(rename(deployment, "/spec/template/spec/containers/0", "readinessProbe", "readynessProbe"),
                "readynessProbe");
    }

    @Test
    void aWrongTypeFails() {
        ObjectNode service = Overlay.render("prod").find("Service", "task-queue").orElseThrow().deepCopy();
        ((ObjectNode) service.at("/spec/ports/0")).put("port", "eighty");
        assertFalse(SCHEMAS.problems(service).isEmpty());
    }

    @Test
    void aMisspeltFieldInAStrimziTopicFails() {
        ObjectNode topic = Overlay.render("prod").find("KafkaTopic", "baton-commands").orElseThrow().deepCopy();
        ((ObjectNode) topic.get("spec")).set("partition", ((ObjectNode) topic.get("spec")).remove("partitions"));
        assertProblemNames(topic, "partition");
    }

    @Test
    void topicConfigKeepsUnknownKeysAsStrimziDoes() {
        ObjectNode topic = Overlay.render("prod").find("KafkaTopic", "baton-commands").orElseThrow().deepCopy();
        ((ObjectNode) topic.at("/spec/config")).put("segment.bytes", 1073741824);
        assertEquals(List.of(), SCHEMAS.problems(topic));
    }

    @Test
    void aMisspeltFieldInTheCloudNativePgClusterFails() {
        ObjectNode cluster = Overlay.render("prod").find("Cluster", "baton-postgres").orElseThrow().deepCopy();
        ((ObjectNode) cluster.at("/spec/bootstrap/initdb")).put("databse", "baton");
        assertProblemNames(cluster, "databse");
    }

    @Test
    void aMisspeltFieldInTheServiceMonitorFails() {
        ObjectNode monitor = Overlay.render("prod").find("ServiceMonitor", "baton").orElseThrow().deepCopy();
        assertProblemNames(rename(monitor, "/spec/endpoints/0", "path", "pth"), "pth");
    }

    @Test
    void aKindWithoutASchemaFails() {
        ObjectNode object = ((ObjectNode) Overlay.render("dev").objects().getFirst().deepCopy()).put("kind", "Kafak");
        assertTrue(SCHEMAS.problems(object).getFirst().startsWith("no schema for"), SCHEMAS.problems(object).toString());
    }

    @Test
    void aQuantityMayBeANumber() {
        ObjectNode deployment = Overlay.render("dev").find("Deployment", "decider").orElseThrow().deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/resources/limits")).put("cpu", 2);
        assertEquals(List.of(), SCHEMAS.problems(deployment));
    }

    /** The object with one field under the pointer misspelt. */
    private static ObjectNode rename(ObjectNode object, String pointer, String from, String to) {
        ObjectNode parent = (ObjectNode) object.at(pointer);
        parent.set(to, parent.remove(from));
        return object;
    }

    private static void assertProblemNames(ObjectNode object, String field) {
        List<String> problems = SCHEMAS.problems(object);
        assertTrue(problems.stream().anyMatch(p -> p.contains(field)), problems.toString());
    }
}
