package io.baton.model.workflow;

import java.util.Map;

/** The optional body of PUT /api/workflow/{id}/skiptask/{ref}: the skipped task's input and output. */
public record SkipTaskRequest(Map<String, Object> taskInput, Map<String, Object> taskOutput) {
}
