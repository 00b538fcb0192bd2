package io.baton.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowTask;
import org.junit.jupiter.api.Test;

/** Conductor's status-listener and state-change fields survive a definition's read and write unchanged. */
class StatusListenerFieldsRoundTripTest {

    @Test
    void taskDefKeepsTaskStatusListenerEnabled() {
        TaskDef read = Json.read("{\"name\":\"t\",\"taskStatusListenerEnabled\":true}", TaskDef.class);

        assertTrue(read.isTaskStatusListenerEnabled());
        assertTrue(read.getOtherFields().isEmpty());
        assertEquals(true, Json.mapper().valueToTree(read).path("taskStatusListenerEnabled").asBoolean(false));
    }

    @Test
    void workflowTaskKeepsOnStateChange() throws Exception {
        String onStateChange = "{\"onSuccess\":[{\"type\":\"kafka:done\",\"payload\":{\"id\":\"${workflow.workflowId}\"}}]}";
        WorkflowTask read = Json.read(
                "{\"name\":\"t\",\"taskReferenceName\":\"t\",\"onStateChange\":" + onStateChange + "}", WorkflowTask.class);

        JsonNode written = Json.mapper().valueToTree(read).path("onStateChange");
        assertEquals(Json.mapper().readTree(onStateChange), written);
    }
}
