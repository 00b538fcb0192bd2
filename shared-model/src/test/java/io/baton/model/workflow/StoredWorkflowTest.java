package io.baton.model.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredWorkflowTest {

    @Test
    void shouldReadBackTheWorkflowItsTwoColumnsWereWrittenFrom() throws Exception {
        // given
        WorkflowDef definition = new WorkflowDef();
        definition.setName("order");
        definition.setVersion(2);
        definition.setTasks(List.of(new WorkflowTask()));
        Workflow workflow = new Workflow();
        workflow.setWorkflowId("w1");
        workflow.setWorkflowDefinition(definition);
        workflow.setInput(Map.of("text", "a } and a {", "n", 1));
        workflow.getTasks().add(new Task());

        // when
        String state = StoredWorkflow.state(workflow);
        Workflow read = StoredWorkflow.read(state, StoredWorkflow.definition(workflow));

        // then: the state leaves out the tasks and the definition, which come back from the other column
        assertFalse(Json.mapper().readTree(state).has("workflowDefinition"));
        assertFalse(Json.mapper().readTree(state).has("tasks"));
        workflow.getTasks().clear();
        assertEquals(Json.mapper().readTree(Json.write(workflow)), Json.mapper().readTree(Json.write(read)));
        assertEquals("order", read.getWorkflowName());
    }

    @Test
    void shouldTakeTheDefinitionFromTheGivenParserWhenOneIsGiven() {
        // given
        WorkflowDef definition = new WorkflowDef();
        definition.setName("order");
        Workflow workflow = new Workflow();
        workflow.setWorkflowId("w1");
        workflow.setWorkflowDefinition(definition);
        WorkflowDef shared = new WorkflowDef();

        // when
        Workflow read = StoredWorkflow.read(StoredWorkflow.state(workflow), StoredWorkflow.definition(workflow),
                json -> json.contains("\"order\"") ? shared : null);

        // then
        assertSame(shared, read.getWorkflowDefinition());
        assertEquals("w1", read.getWorkflowId());
    }

    @Test
    void shouldAddAFieldToAnObjectAsText() {
        assertEquals("{\"a\": 1, \"b\": [2]}", StoredWorkflow.withField("{\"a\": 1}", "b", "[2]"));
        assertEquals("{ \"b\": [2]}", StoredWorkflow.withField("{ }", "b", "[2]"));
        assertEquals("{\"a\": 1}", StoredWorkflow.withField("{\"a\": 1}", "b", null));
    }
}
