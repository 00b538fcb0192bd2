package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ChildWorkflowStarted;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.LinkedHashMap;

/**
 * StartWorkflow: creates the workflow RUNNING and schedules its first task; a START_WORKFLOW task that asked for it
 * is told it runs.
 */
public final class StartWorkflowHandler {
    private final Progression progression;

    public StartWorkflowHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, StartWorkflow command) {
        Workflow workflow = execution.workflow();
        workflow.setWorkflowId(command.workflowId());
        workflow.setWorkflowDefinition(command.definition());
        workflow.setInput(command.input() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(command.input()));
        workflow.setCorrelationId(command.correlationId());
        workflow.setPriority(command.priority());
        workflow.setTaskToDomain(command.taskToDomain() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(command.taskToDomain()));
        workflow.setCreatedBy(command.createdBy());
        workflow.setIdempotencyKey(command.idempotencyKey());
        workflow.setParentWorkflowId(command.parentWorkflowId());
        workflow.setParentWorkflowTaskId(command.parentWorkflowTaskId());
        workflow.setEvent(command.event());
        workflow.setVariables(command.definition().getVariables() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(command.definition().getVariables()));
        workflow.setCreateTime(command.issuedAt());
        workflow.setStatus(WorkflowStatus.RUNNING);
        execution.workflowStatusChanged();
        progression.begin(execution);
        if (command.triggeringTaskId() != null) {
            execution.command(new ChildWorkflowStarted(execution.newId(), command.triggeringWorkflowId(),
                    execution.now(), command.triggeringTaskId(), command.workflowId()));
        }
        return execution.decision();
    }
}
