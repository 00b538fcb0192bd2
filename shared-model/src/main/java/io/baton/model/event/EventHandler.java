package io.baton.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event handler: which event it listens to, an optional condition, and the actions to take. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EventHandler {

    private String name;
    private String event;
    private String condition;
    private List<EventHandlerAction> actions = new ArrayList<>();
    private boolean active;
    private String evaluatorType;
    /** Fields Baton does not model yet, kept so a definition round-trips unchanged. */
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }

    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }

    public List<EventHandlerAction> getActions() { return actions; }
    public void setActions(List<EventHandlerAction> actions) { this.actions = actions; }

    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    public String getEvaluatorType() { return evaluatorType; }
    public void setEvaluatorType(String evaluatorType) { this.evaluatorType = evaluatorType; }

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() { return otherFields; }

    @JsonAnySetter
    public void setOtherField(String name, Object value) { otherFields.put(name, value); }
}
