package io.baton.k8s.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizationTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: web
                      image: baton/web:1.0
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web
            data:
              a: b
            """;

    @TempDir
    Path dir;

    @Test
    void anOverlayPatchesRenamesImagesLabelsAndSetsTheNamespace() throws IOException {
        write("base/kustomization.yaml", """
                resources: [web.yaml]
                labels:
                  - pairs: {app.kubernetes.io/part-of: demo}
                """);
        write("base/web.yaml", DEPLOYMENT);
        write("overlay/kustomization.yaml", """
                namespace: demo
                resources: [../base]
                images:
                  - {name: baton/web, newName: registry.example.com/web}
                patches:
                  - target: {kind: Deployment, name: web}
                    patch: |-
                      - {op: replace, path: /spec/replicas, value: 5}
                      - {op: add, path: /spec/template/spec/containers/-, value: {name: sidecar, image: s}}
                      - {op: remove, path: /spec/template/spec/containers/0/name}
                """);
        List<ObjectNode> objects = Kustomization.build(dir.resolve("overlay"));
        ObjectNode deployment = objects.getFirst();
        assertEquals(5, deployment.at("/spec/replicas").asInt());
        assertEquals("registry.example.com/web:1.0", deployment.at("/spec/template/spec/containers/0/image").asText());
        assertTrue(deployment.at("/spec/template/spec/containers/0/name").isMissingNode());
        assertEquals("sidecar", deployment.at("/spec/template/spec/containers/1/name").asText());
        for (ObjectNode object : objects) {
            assertEquals("demo", object.at("/metadata/namespace").asText());
            assertEquals("demo", object.at("/metadata/labels/app.kubernetes.io~1part-of").asText());
        }
        assertEquals("b", objects.get(1).at("/data/a").asText(), "the ConfigMap is not patched");
    }

    @Test
    void aFieldKustomizeHasButTheRendererLacksIsRefused() throws IOException {
        write("kustomization.yaml", "resources: [web.yaml]\nnamePrefix: x-\n");
        write("web.yaml", DEPLOYMENT);
        var e = assertThrows(IllegalArgumentException.class, () -> Kustomization.build(dir));
        assertTrue(e.getMessage().contains("namePrefix"), e.getMessage());
    }

    @Test
    void aPatchThatMatchesNothingOrReplacesNothingIsRefused() throws IOException {
        write("web.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [web.yaml]
                patches:
                  - target: {kind: Deployment, name: api}
                    patch: '[{op: replace, path: /spec/replicas, value: 1}]'
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomization.build(dir));
        write("kustomization.yaml", """
                resources: [web.yaml]
                patches:
                  - target: {kind: Deployment}
                    patch: '[{op: replace, path: /spec/replica, value: 1}]'
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> Kustomization.build(dir));
        assertTrue(e.getMessage().contains("/spec/replica"), e.getMessage());
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
