package io.baton.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** One action of an event handler; the field named after the action holds its parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EventHandlerAction {

    private String action;
    private Map<String, Object> start_workflow;
    private Map<String, Object> complete_task;
    private Map<String, Object> fail_task;
    private Map<String, Object> terminate_workflow;
    private Map<String, Object> update_workflow_variables;
    private boolean expandInlineJSON;
    /** Fields Baton does not model yet, kept so a definition round-trips unchanged. */
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }

    public Map<String, Object> getStart_workflow() { return start_workflow; }
    public void setStart_workflow(Map<String, Object> start_workflow) { this.start_workflow = start_workflow; }

    public Map<String, Object> getComplete_task() { return complete_task; }
    public void setComplete_task(Map<String, Object> complete_task) { this.complete_task = complete_task; }

    public Map<String, Object> getFail_task() { return fail_task; }
    public void setFail_task(Map<String, Object> fail_task) { this.fail_task = fail_task; }

    public Map<String, Object> getTerminate_workflow() { return terminate_workflow; }
    public void setTerminate_workflow(Map<String, Object> terminate_workflow) { this.terminate_workflow = terminate_workflow; }

    public Map<String, Object> getUpdate_workflow_variables() { return update_workflow_variables; }
    public void setUpdate_workflow_variables(Map<String, Object> update_workflow_variables) { this.update_workflow_variables = update_workflow_variables; }

    public boolean isExpandInlineJSON() { return expandInlineJSON; }
    public void setExpandInlineJSON(boolean expandInlineJSON) { this.expandInlineJSON = expandInlineJSON; }

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() { return otherFields; }

    @JsonAnySetter
    public void setOtherField(String name, Object value) { otherFields.put(name, value); }
}
