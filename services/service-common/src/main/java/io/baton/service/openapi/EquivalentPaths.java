package io.baton.service.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Puts the operations of paths that differ only in the names of their parameters under one path, as OpenAPI
 * requires. Conductor has such pairs ({@code POST /api/workflow/{name}} starts, {@code GET /api/workflow/{workflowId}}
 * reads): the first template in alphabetical order is kept, and each moved operation's parameter says which value
 * it takes.
 */
final class EquivalentPaths {
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private EquivalentPaths() {
    }

    static void merge(Paths paths) {
        Map<String, List<String>> byShape = new LinkedHashMap<>();
        new TreeMap<>(paths.getPathItems()).keySet().forEach(
                template -> byShape.computeIfAbsent(PARAMETER.matcher(template).replaceAll("{}"), shape -> new ArrayList<>())
                        .add(template));
        for (List<String> templates : byShape.values()) {
            String kept = templates.getFirst();
            for (String moved : templates.subList(1, templates.size())) {
                Map<String, String> renames = renames(moved, kept);
                PathItem target = paths.getPathItem(kept);
                paths.getPathItem(moved).getOperations().forEach((method, operation) -> {
                    rename(operation, renames);
                    target.setOperation(method, operation);
                });
                paths.removePathItem(moved);
            }
        }
    }

    private static Map<String, String> renames(String from, String to) {
        Map<String, String> renames = new LinkedHashMap<>();
        Matcher fromNames = PARAMETER.matcher(from);
        Matcher toNames = PARAMETER.matcher(to);
        while (fromNames.find() && toNames.find()) {
            renames.put(fromNames.group(1), toNames.group(1));
        }
        return renames;
    }

    private static void rename(Operation operation, Map<String, String> renames) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String renamed = renames.get(parameter.getName());
            if (parameter.getIn() == Parameter.In.PATH && renamed != null && !renamed.equals(parameter.getName())) {
                parameter.setDescription("The " + parameter.getName() + (parameter.getDescription() == null ? ""
                        : ": " + parameter.getDescription()) + " (named " + renamed + " as the path it shares)");
                parameter.setName(renamed);
            }
        }
    }
}
