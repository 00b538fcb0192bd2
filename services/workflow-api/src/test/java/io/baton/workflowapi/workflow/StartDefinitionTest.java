package io.baton.workflowapi.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowDef;
import io.baton.service.definition.StartDefinition;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartDefinitionTest {
    private static final WorkflowDef DEFINITION = Json.read("""
            {"name": "order", "tasks": [
              {"name": "charge", "taskReferenceName": "charge_ref"},
              {"name": "loop", "taskReferenceName": "loop_ref", "type": "DO_WHILE", "loopCondition": "false",
               "loopOver": [{"name": "ship", "taskReferenceName": "ship_ref"}]},
              {"name": "own", "taskReferenceName": "own_ref", "taskDefinition": {"name": "own", "retryCount": 9}}]}
            """, WorkflowDef.class);

    private static TaskDef taskDef(String name, int retryCount) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName(name);
        taskDef.setRetryCount(retryCount);
        return taskDef;
    }

    @Test
    void shouldAskForEveryTaskWithoutAnEmbeddedDefinition() {
        assertEquals(Set.of("charge", "loop", "ship"), StartDefinition.taskDefNamesNeeded(DEFINITION));
    }

    @Test
    void shouldFillNestedTasksAndKeepEmbeddedDefinitionsOnACopy() {
        WorkflowDef filled = StartDefinition.of(DEFINITION,
                Map.of("charge", taskDef("charge", 1), "ship", taskDef("ship", 2), "own", taskDef("own", 0)));

        assertEquals(1, filled.getTasks().get(0).getTaskDefinition().getRetryCount());
        assertEquals(2, filled.getTasks().get(1).getLoopOver().getFirst().getTaskDefinition().getRetryCount());
        assertNull(filled.getTasks().get(1).getTaskDefinition(), "a system task without a registered def stays without");
        assertEquals(9, filled.getTasks().get(2).getTaskDefinition().getRetryCount());
        assertNull(DEFINITION.getTasks().getFirst().getTaskDefinition(), "the input definition is left unchanged");
    }

    @Test
    void shouldGiveAWorkerTaskWithoutARegisteredDefinitionTheDefaultOne() {
        WorkflowDef filled = StartDefinition.of(DEFINITION, Map.of("charge", taskDef("charge", 1)));
        TaskDef shipDefault = filled.getTasks().get(1).getLoopOver().getFirst().getTaskDefinition();
        assertEquals("ship", shipDefault.getName());
        assertEquals(3, shipDefault.getRetryCount());
        assertEquals(60, shipDefault.getRetryDelaySeconds());
        assertEquals(3600, shipDefault.getResponseTimeoutSeconds());
    }

    @Test
    void shouldLetTheCallersInputWinOverTheTemplate() {
        WorkflowDef def = new WorkflowDef();
        def.setInputTemplate(Map.of("currency", "EUR", "amount", 1));
        assertEquals(Map.of("currency", "EUR", "amount", 5),
                StartDefinition.inputWithDefaults(def, Map.of("amount", 5)));
        assertEquals(Map.of("currency", "EUR", "amount", 1), StartDefinition.inputWithDefaults(def, null));
    }
}
