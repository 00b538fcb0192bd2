package io.baton.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;

/** Which objects a patch applies to: kind, and optionally group, version and exact name. */
record PatchTarget(String group, String version, String kind, String name) {

    static PatchTarget of(JsonNode target) {
        target.fieldNames().forEachRemaining(field -> {
            if (!field.equals("group") && !field.equals("version") && !field.equals("kind") && !field.equals("name")) {
                throw new IllegalArgumentException("patch target field '" + field + "' is not supported");
            }
        });
        if (!target.hasNonNull("kind")) {
            throw new IllegalArgumentException("a patch target needs a kind");
        }
        return new PatchTarget(text(target, "group"), text(target, "version"), target.get("kind").asText(),
                text(target, "name"));
    }

    boolean matches(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String objectGroup = slash < 0 ? "" : apiVersion.substring(0, slash);
        String objectVersion = apiVersion.substring(slash + 1);
        return kind.equals(object.path("kind").asText())
                && (group == null || group.equals(objectGroup))
                && (version == null || version.equals(objectVersion))
                && (name == null || name.equals(object.path("metadata").path("name").asText()));
    }

    private static String text(JsonNode target, String field) {
        return target.hasNonNull(field) ? target.get(field).asText() : null;
    }
}
