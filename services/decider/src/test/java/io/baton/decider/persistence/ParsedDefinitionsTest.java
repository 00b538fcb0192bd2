package io.baton.decider.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.baton.model.json.Json;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedDefinitionsTest {
    private final ParsedDefinitions definitions = new ParsedDefinitions();

    @Test
    void shouldGiveEveryWorkflowOfOneDefinitionTheSameParsedDefinition() {
        // given: the same JSON in two rows' strings
        String json = json("order", 1, "");

        // when
        WorkflowDef first = definitions.of(json);
        WorkflowDef second = definitions.of(new String(json));

        // then
        assertSame(first, second);
        assertEquals(Json.mapper().valueToTree(Json.read(json, WorkflowDef.class)), Json.mapper().valueToTree(first));
        assertNotSame(first, definitions.of(json("order", 2, "")));
    }

    @Test
    void shouldDropTheLeastRecentlyUsedBeyondItsCapacity() {
        // given: the first definition used again after the second, then enough others to fill the cache
        WorkflowDef first = definitions.of(json("w0", 1, ""));
        WorkflowDef second = definitions.of(json("w1", 1, ""));
        definitions.of(json("w0", 1, ""));
        for (int i = 2; i <= ParsedDefinitions.CAPACITY; i++) {
            definitions.of(json("w" + i, 1, ""));
        }

        // then: the second, least recently used, was dropped and is parsed again; the first was kept
        assertSame(first, definitions.of(json("w0", 1, "")));
        assertNotSame(second, definitions.of(json("w1", 1, "")));
    }

    @Test
    void shouldParseAVeryLargeDefinitionEveryTimeRatherThanKeepIt() {
        String json = json("large", 1, "x".repeat(ParsedDefinitions.LARGEST_KEPT));

        assertNotSame(definitions.of(json), definitions.of(json));
        assertEquals("large", definitions.of(json).getName());
    }

    private static String json(String name, int version, String description) {
        WorkflowTask task = new WorkflowTask();
        task.setName("t");
        task.setTaskReferenceName("t_ref");
        WorkflowDef definition = new WorkflowDef();
        definition.setName(name);
        definition.setVersion(version);
        definition.setDescription(description);
        definition.setTasks(List.of(task));
        return Json.write(definition);
    }
}
