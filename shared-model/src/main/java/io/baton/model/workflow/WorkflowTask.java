package io.baton.model.workflow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node of a workflow definition: a task, or a control-flow construct holding nested tasks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WorkflowTask {

    private String name;
    private String taskReferenceName;
    private String description;
    private Map<String, Object> inputParameters = new LinkedHashMap<>();
    private String type = TaskType.SIMPLE;
    private String dynamicTaskNameParam;
    private String caseValueParam;
    private String caseExpression;
    private String scriptExpression;
    private Map<String, List<WorkflowTask>> decisionCases = new LinkedHashMap<>();
    private String dynamicForkTasksParam;
    private String dynamicForkTasksInputParamName;
    private List<WorkflowTask> defaultCase = new ArrayList<>();
    private List<List<WorkflowTask>> forkTasks = new ArrayList<>();
    private int startDelay;
    private SubWorkflowParams subWorkflowParam;
    private List<String> joinOn = new ArrayList<>();
    private String sink;
    private boolean optional;
    private TaskDef taskDefinition;
    private Boolean rateLimited;
    private List<String> defaultExclusiveJoinTask = new ArrayList<>();
    private boolean asyncComplete;
    private String loopCondition;
    private List<WorkflowTask> loopOver = new ArrayList<>();
    private String items;
    private Integer retryCount;
    private String evaluatorType;
    private String expression;
    private Map<String, List<Map<String, Object>>> onStateChange = new LinkedHashMap<>();
    private boolean permissive;
    /** Fields Baton does not model yet, kept so a definition round-trips unchanged. */
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public String getTaskReferenceName() { return taskReferenceName; }
    public void setTaskReferenceName(String taskReferenceName) { this.taskReferenceName = taskReferenceName; }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    public Map<String, Object> getInputParameters() { return inputParameters; }
    public void setInputParameters(Map<String, Object> inputParameters) { this.inputParameters = inputParameters; }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }

    public String getDynamicTaskNameParam() { return dynamicTaskNameParam; }
    public void setDynamicTaskNameParam(String dynamicTaskNameParam) { this.dynamicTaskNameParam = dynamicTaskNameParam; }

    public String getCaseValueParam() { return caseValueParam; }
    public void setCaseValueParam(String caseValueParam) { this.caseValueParam = caseValueParam; }

    public String getCaseExpression() { return caseExpression; }
    public void setCaseExpression(String caseExpression) { this.caseExpression = caseExpression; }

    public String getScriptExpression() { return scriptExpression; }
    public void setScriptExpression(String scriptExpression) { this.scriptExpression = scriptExpression; }

    public Map<String, List<WorkflowTask>> getDecisionCases() { return decisionCases; }
    public void setDecisionCases(Map<String, List<WorkflowTask>> decisionCases) { this.decisionCases = decisionCases; }

    public String getDynamicForkTasksParam() { return dynamicForkTasksParam; }
    public void setDynamicForkTasksParam(String dynamicForkTasksParam) { this.dynamicForkTasksParam = dynamicForkTasksParam; }

    public String getDynamicForkTasksInputParamName() { return dynamicForkTasksInputParamName; }
    public void setDynamicForkTasksInputParamName(String dynamicForkTasksInputParamName) { this.dynamicForkTasksInputParamName = dynamicForkTasksInputParamName; }

    public List<WorkflowTask> getDefaultCase() { return defaultCase; }
    public void setDefaultCase(List<WorkflowTask> defaultCase) { this.defaultCase = defaultCase; }

    public List<List<WorkflowTask>> getForkTasks() { return forkTasks; }
    public void setForkTasks(List<List<WorkflowTask>> forkTasks) { this.forkTasks = forkTasks; }

    public int getStartDelay() { return startDelay; }
    public void setStartDelay(int startDelay) { this.startDelay = startDelay; }

    public SubWorkflowParams getSubWorkflowParam() { return subWorkflowParam; }
    public void setSubWorkflowParam(SubWorkflowParams subWorkflowParam) { this.subWorkflowParam = subWorkflowParam; }

    public List<String> getJoinOn() { return joinOn; }
    public void setJoinOn(List<String> joinOn) { this.joinOn = joinOn; }

    public String getSink() { return sink; }
    public void setSink(String sink) { this.sink = sink; }

    public boolean isOptional() { return optional; }
    public void setOptional(boolean optional) { this.optional = optional; }

    public TaskDef getTaskDefinition() { return taskDefinition; }
    public void setTaskDefinition(TaskDef taskDefinition) { this.taskDefinition = taskDefinition; }

    public Boolean getRateLimited() { return rateLimited; }
    public void setRateLimited(Boolean rateLimited) { this.rateLimited = rateLimited; }

    public List<String> getDefaultExclusiveJoinTask() { return defaultExclusiveJoinTask; }
    public void setDefaultExclusiveJoinTask(List<String> defaultExclusiveJoinTask) { this.defaultExclusiveJoinTask = defaultExclusiveJoinTask; }

    public boolean isAsyncComplete() { return asyncComplete; }
    public void setAsyncComplete(boolean asyncComplete) { this.asyncComplete = asyncComplete; }

    public String getLoopCondition() { return loopCondition; }
    public void setLoopCondition(String loopCondition) { this.loopCondition = loopCondition; }

    public List<WorkflowTask> getLoopOver() { return loopOver; }
    public void setLoopOver(List<WorkflowTask> loopOver) { this.loopOver = loopOver; }

    /** A DO_WHILE's list to iterate over, as an expression such as {@code ${workflow.input.list}}. */
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }

    public Integer getRetryCount() { return retryCount; }
    public void setRetryCount(Integer retryCount) { this.retryCount = retryCount; }

    public String getEvaluatorType() { return evaluatorType; }
    public void setEvaluatorType(String evaluatorType) { this.evaluatorType = evaluatorType; }

    public String getExpression() { return expression; }
    public void setExpression(String expression) { this.expression = expression; }

    public Map<String, List<Map<String, Object>>> getOnStateChange() { return onStateChange; }
    public void setOnStateChange(Map<String, List<Map<String, Object>>> onStateChange) { this.onStateChange = onStateChange; }

    public boolean isPermissive() { return permissive; }
    public void setPermissive(boolean permissive) { this.permissive = permissive; }

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() { return otherFields; }

    @JsonAnySetter
    public void setOtherField(String name, Object value) { otherFields.put(name, value); }
}
