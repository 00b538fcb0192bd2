package io.baton.model.workflow;

/** What happens when a workflow runs past its timeoutSeconds. */
public enum WorkflowTimeoutPolicy { TIME_OUT_WF, ALERT_ONLY }
