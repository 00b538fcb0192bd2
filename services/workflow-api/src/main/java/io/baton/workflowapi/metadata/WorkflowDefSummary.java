package io.baton.workflowapi.metadata;

/** One registered version of a workflow definition, without its body: Conductor's WorkflowDefSummary. */
public record WorkflowDefSummary(String name, int version, long createTime, Long updateTime) {
}
