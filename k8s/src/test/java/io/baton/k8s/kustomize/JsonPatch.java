package io.baton.k8s.kustomize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902's add, replace and remove, the operations kustomize's JSON patches use here; the input is not changed. */
final class JsonPatch {
    private JsonPatch() {
    }

    static ObjectNode apply(ObjectNode document, ArrayNode operations) {
        ObjectNode patched = document.deepCopy();
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            JsonPointer path = JsonPointer.compile(operation.path("path").asText());
            JsonNode parent = patched.at(path.head());
            String last = path.last().getMatchingProperty();
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException(op + " " + path + ": the parent does not exist");
            }
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"), path);
                case "replace" -> {
                    requireExisting(patched, path, op);
                    remove(parent, last);
                    add(parent, last, operation.get("value"), path);
                }
                case "remove" -> {
                    requireExisting(patched, path, op);
                    remove(parent, last);
                }
                default -> throw new IllegalArgumentException("JSON patch operation '" + op + "' is not supported");
            }
        }
        return patched;
    }

    private static void add(JsonNode parent, String key, JsonNode value, JsonPointer path) {
        if (value == null) {
            throw new IllegalArgumentException("add " + path + " without a value");
        }
        if (parent instanceof ObjectNode object) {
            object.set(key, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            if (key.equals("-")) {
                array.add(value.deepCopy());
            } else {
                array.insert(index(array, key, path), value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException("add " + path + ": the parent is not an object or array");
        }
    }

    private static void remove(JsonNode parent, String key) {
        if (parent instanceof ObjectNode object) {
            object.remove(key);
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(key));
        }
    }

    private static void requireExisting(JsonNode document, JsonPointer path, String op) {
        if (document.at(path).isMissingNode()) {
            throw new IllegalArgumentException(op + " " + path + ": no such value");
        }
    }

    private static int index(ArrayNode array, String key, JsonPointer path) {
        int index = Integer.parseInt(key);
        if (index < 0 || index > array.size()) {
            throw new IllegalArgumentException(path + ": index out of range of " + array.size());
        }
        return index;
    }
}
