package io.baton.e2e.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.conductor.common.metadata.events.EventHandler;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event handlers kept through Conductor's Java SDK {@code EventClient}. */
class JavaSdkEventHandlerTest {
    private static ConductorSdk sdk;

    @BeforeAll
    static void connect() {
        sdk = ConductorSdk.forSharedCluster();
    }

    @Test
    void shouldRegisterFindUpdateAndRemoveAHandler() {
        String event = "kafka:sdk-orders-" + UUID.randomUUID();
        EventHandler handler = startWorkflowOn(event, "sdk_handler_" + UUID.randomUUID().toString().substring(0, 8));
        sdk.events().registerEventHandler(handler);

        List<EventHandler> found = sdk.events().getEventHandlers(event, false);
        assertEquals(List.of(handler.getName()), found.stream().map(EventHandler::getName).toList());
        assertEquals("order_flow", found.getFirst().getActions().getFirst().getStart_workflow().getName());

        handler.setActive(false);
        sdk.events().updateEventHandler(handler);
        assertTrue(sdk.events().getEventHandlers(event, true).isEmpty());
        assertFalse(sdk.events().getEventHandlers(event, false).getFirst().isActive());

        sdk.events().unregisterEventHandler(handler.getName());
        assertTrue(sdk.events().getEventHandlers(event, false).isEmpty());
    }

    private static EventHandler startWorkflowOn(String event, String name) {
        EventHandler.StartWorkflow start = new EventHandler.StartWorkflow();
        start.setName("order_flow");
        start.setInput(Map.of("orderId", "${payload.orderId}"));
        EventHandler.Action action = new EventHandler.Action();
        action.setAction(EventHandler.Action.Type.start_workflow);
        action.setStart_workflow(start);
        EventHandler handler = new EventHandler();
        handler.setName(name);
        handler.setEvent(event);
        handler.setActive(true);
        handler.setActions(List.of(action));
        return handler;
    }
}
