package io.baton.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization directory as {@code kustomize build} does, for the fields Baton's manifests use: resources
 * (files and directories), JSON 6902 patches with a target, images, labels (metadata only) and namespace. Any other
 * field is refused, so the rendering never silently differs from kustomize's.
 */
public final class Kustomization {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "images",
            "labels", "namespace");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "IngressClass", "PersistentVolume", "StorageClass");

    private Kustomization() {
    }

    /** The objects of the kustomization in this directory, in resource order. */
    public static List<ObjectNode> build(Path directory) {
        JsonNode kustomization = readTree(directory.resolve("kustomization.yaml"));
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field '" + field + "' is not supported");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : readObjects(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(directory, patch, objects);
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> Images.set(object, image));
        }
        for (JsonNode label : kustomization.path("labels")) {
            addLabels(directory, label, objects);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> ((ObjectNode) o.get("metadata")).put("namespace", namespace));
        }
        return objects;
    }

    private static void applyPatch(Path directory, JsonNode patch, List<ObjectNode> objects) {
        if (!patch.has("target") || !patch.has("patch")) {
            throw new IllegalArgumentException(directory + ": only inline JSON 6902 patches with a target are supported");
        }
        PatchTarget target = PatchTarget.of(patch.get("target"));
        JsonNode operations = parse(patch.get("patch").asText(), directory);
        if (!operations.isArray()) {
            throw new IllegalArgumentException(directory + ": a patch must be a list of JSON 6902 operations");
        }
        List<ObjectNode> matched = objects.stream().filter(target::matches).toList();
        if (matched.isEmpty()) {
            // kustomize accepts a patch that matches nothing; here it is always a mistake in a target.
            throw new IllegalArgumentException(directory + ": patch target " + patch.get("target") + " matches nothing");
        }
        for (ObjectNode object : matched) {
            objects.set(objects.indexOf(object), JsonPatch.apply(object, (ArrayNode) operations));
        }
    }

    private static void addLabels(Path directory, JsonNode label, List<ObjectNode> objects) {
        if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
            throw new IllegalArgumentException(directory + ": labels with includeSelectors/includeTemplates are not supported");
        }
        for (ObjectNode object : objects) {
            ObjectNode labels = ((ObjectNode) object.get("metadata")).withObject("labels");
            Iterator<Map.Entry<String, JsonNode>> pairs = label.path("pairs").fields();
            pairs.forEachRemaining(pair -> labels.set(pair.getKey(), pair.getValue()));
        }
    }

    private static List<ObjectNode> readObjects(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<ObjectNode> objects = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    if (!document.isObject() || !document.has("kind") || !document.has("metadata")) {
                        throw new IllegalArgumentException(file + ": a document without kind or metadata");
                    }
                    objects.add((ObjectNode) document);
                }
            });
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String yaml, Path directory) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException(directory + ": unreadable patch: " + e.getMessage(), e);
        }
    }
}
