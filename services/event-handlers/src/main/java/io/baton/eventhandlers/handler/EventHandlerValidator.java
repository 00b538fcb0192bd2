package io.baton.eventhandlers.handler;

import io.baton.model.event.EventHandler;
import io.baton.model.event.EventHandlerAction;
import io.baton.service.rest.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refuses an event handler at registration that could only fail when an event arrives. */
final class EventHandlerValidator {
    static final Set<String> ACTIONS = Set.of("start_workflow", "complete_task", "fail_task", "terminate_workflow",
            "update_workflow_variables");

    private EventHandlerValidator() {
    }

    static void validate(EventHandler handler) {
        if (handler == null) {
            throw ApiException.badRequest("EventHandler body is required");
        }
        requireText(handler.getName(), "name");
        requireText(handler.getEvent(), "event");
        if (!handler.getEvent().contains(":")) {
            throw ApiException.badRequest("event must be <queueType>:<queueName>, e.g. kafka:orders; was '" + handler.getEvent() + "'");
        }
        HandlerCondition.validate(handler);
        List<EventHandlerAction> actions = handler.getActions();
        if (actions == null || actions.isEmpty()) {
            throw ApiException.badRequest("actions: at least one action is required");
        }
        for (int i = 0; i < actions.size(); i++) {
            validate(actions.get(i), "actions[" + i + "]");
        }
    }

    private static void validate(EventHandlerAction action, String path) {
        if (action == null || action.getAction() == null || !ACTIONS.contains(action.getAction())) {
            throw ApiException.badRequest(path + ".action must be one of " + ACTIONS.stream().sorted().toList()
                    + "; was " + (action == null ? null : action.getAction()));
        }
        Map<String, Object> parameters = switch (action.getAction()) {
            case "start_workflow" -> action.getStart_workflow();
            case "complete_task" -> action.getComplete_task();
            case "fail_task" -> action.getFail_task();
            case "terminate_workflow" -> action.getTerminate_workflow();
            default -> action.getUpdate_workflow_variables();
        };
        if (parameters == null) {
            throw ApiException.badRequest(path + "." + action.getAction() + " is required for action " + action.getAction());
        }
        String required = switch (action.getAction()) {
            case "start_workflow" -> "name";
            case "terminate_workflow", "update_workflow_variables" -> "workflowId";
            default -> null;
        };
        if (required != null && !(parameters.get(required) instanceof String value && !value.isBlank())) {
            throw ApiException.badRequest(path + "." + action.getAction() + "." + required + " is required");
        }
        if ("update_workflow_variables".equals(action.getAction())
                && !(parameters.get("variables") instanceof Map<?, ?> || parameters.get("variables") instanceof String)) {
            throw ApiException.badRequest(path + ".update_workflow_variables.variables is required: an object, or a "
                    + "${...} expression giving one");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + " is required");
        }
    }
}
