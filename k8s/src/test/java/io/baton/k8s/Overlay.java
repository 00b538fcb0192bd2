package io.baton.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.k8s.kustomize.Kustomization;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One rendered overlay of k8s/, with look-ups by kind and name. */
record Overlay(String name, List<ObjectNode> objects) {
    static final List<String> NAMES = List.of("dev", "prod");

    static Overlay render(String name) {
        // Surefire runs in the module's directory, k8s/.
        return new Overlay(name, Kustomization.build(Path.of("overlays", name)));
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String objectName) {
        return ofKind(kind).stream().filter(o -> objectName.equals(nameOf(o))).findFirst();
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    @Override
    public String toString() {
        return name;
    }
}
