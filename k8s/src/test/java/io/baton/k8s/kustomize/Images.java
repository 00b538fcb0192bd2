package io.baton.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** kustomize's images transformer: a container image named {@code name} gets {@code newName} and/or {@code newTag}. */
final class Images {
    private Images() {
    }

    static void set(ObjectNode object, JsonNode image) {
        JsonNode podSpec = object.path("spec").path("template").path("spec");
        for (String containers : new String[] {"initContainers", "containers"}) {
            for (JsonNode container : podSpec.path(containers)) {
                String current = container.path("image").asText();
                int tagAt = current.lastIndexOf(':') > current.lastIndexOf('/') ? current.lastIndexOf(':') : -1;
                String name = tagAt < 0 ? current : current.substring(0, tagAt);
                String tag = tagAt < 0 ? "" : current.substring(tagAt);
                if (name.equals(image.path("name").asText())) {
                    String newName = image.hasNonNull("newName") ? image.get("newName").asText() : name;
                    String newTag = image.hasNonNull("newTag") ? ":" + image.get("newTag").asText() : tag;
                    ((ObjectNode) container).put("image", newName + newTag);
                }
            }
        }
    }
}
