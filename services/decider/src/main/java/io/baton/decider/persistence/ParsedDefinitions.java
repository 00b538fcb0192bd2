package io.baton.decider.persistence;

import io.baton.decider.core.BoundedCache;
import io.baton.model.json.Json;
import io.baton.model.workflow.WorkflowDef;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The definitions of loaded workflows, parsed once per distinct definition rather than once per command: nearly every
 * command loads a workflow whose definition an earlier one parsed. The workflows of one definition share the parsed
 * object, which is safe because the decider never changes a definition in place (a decision's copy shares it too,
 * {@code WorkflowCopy}). Beyond {@value #CAPACITY} definitions the least recently used is dropped; one whose JSON is
 * over {@value #LARGEST_KEPT} characters is parsed every time rather than kept.
 */
@ApplicationScoped
public class ParsedDefinitions {
    static final int CAPACITY = 128;
    static final int LARGEST_KEPT = 256 * 1024;

    private final BoundedCache<String, WorkflowDef> byJson = new BoundedCache<>(CAPACITY);

    /** The definition the JSON holds. */
    public WorkflowDef of(String json) {
        if (json.length() > LARGEST_KEPT) {
            return parse(json);
        }
        return byJson.get(json, ParsedDefinitions::parse);
    }

    private static WorkflowDef parse(String json) {
        return Json.read(json, WorkflowDef.class);
    }
}
