package io.baton.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netflix.conductor.common.config.ObjectMapperProvider;
import com.netflix.conductor.common.metadata.events.EventHandler;
import com.netflix.conductor.common.metadata.tasks.TaskDef;
import com.netflix.conductor.common.metadata.workflow.WorkflowDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Registers an example's task definitions, workflow definitions and event handlers; registering again updates them. */
public final class Definitions {
    private static final ObjectMapper JSON = new ObjectMapperProvider().getObjectMapper();

    private Definitions() {
    }

    public static void register(Example example, Conductor conductor) {
        conductor.metadata().registerTaskDefs(read(example, "tasks.json", new TypeReference<List<TaskDef>>() { }));
        conductor.metadata().updateWorkflowDefs(read(example, "workflows.json", new TypeReference<List<WorkflowDef>>() { }));
        if (Definitions.class.getResource(example.resource("handlers.json")) == null) {
            return;
        }
        for (EventHandler handler : read(example, "handlers.json", new TypeReference<List<EventHandler>>() { })) {
            boolean known = conductor.events().getEventHandlers(handler.getEvent(), false).stream()
                    .anyMatch(existing -> existing.getName().equals(handler.getName()));
            if (known) {
                conductor.events().updateEventHandler(handler);
            } else {
                conductor.events().registerEventHandler(handler);
            }
        }
    }

    private static <T> T read(Example example, String file, TypeReference<T> type) {
        try (InputStream in = Definitions.class.getResourceAsStream(example.resource(file))) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + example.resource(file), e);
        }
    }
}
