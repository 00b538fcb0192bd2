package io.baton.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workers of one run of a case. Both runners play them the same way, so they see the same order: always the
 * first SCHEDULED task (in the workflow's task order, then in the order of the workflows it started) that has a
 * script and has not been played yet, one at a time.
 */
public final class ScriptedWorkers {
    private final Map<String, List<WorkerAttempt>> scripts;
    private final Map<String, Integer> attemptsByRef = new HashMap<>();
    private final Set<String> played = new HashSet<>();

    public ScriptedWorkers(ConformanceCase conformanceCase) {
        this.scripts = conformanceCase.workers();
    }

    /**
     * The next task a worker should take from the workflows of a run (as the REST API shows them: the case's workflow
     * first, then those it started), if any.
     */
    public Optional<JsonNode> nextTask(List<JsonNode> workflows) {
        for (JsonNode workflow : workflows) {
            for (JsonNode task : workflow.path("tasks")) {
                if ("SCHEDULED".equals(task.path("status").asText()) && !played.contains(task.path("taskId").asText())
                        && script(task.path("referenceTaskName").asText()) != null) {
                    return Optional.of(task);
                }
            }
        }
        return Optional.empty();
    }

    /** Marks the task as taken and answers what its worker says this time. */
    public WorkerAttempt play(String taskId, String ref) {
        List<WorkerAttempt> script = script(ref);
        if (script == null || script.isEmpty()) {
            throw new IllegalStateException("no worker script for task " + ref);
        }
        played.add(taskId);
        int attempt = attemptsByRef.merge(ref, 1, Integer::sum) - 1;
        return script.get(Math.min(attempt, script.size() - 1));
    }

    /** By reference name; a loop iteration's {@code ref__2} falls back to {@code ref}'s script. */
    private List<WorkerAttempt> script(String ref) {
        List<WorkerAttempt> script = scripts.get(ref);
        return script != null ? script : scripts.get(ref.replaceFirst("__\\d+$", ""));
    }
}
