package io.baton.decider.core.workflow;

import io.baton.decider.core.Decision;
import io.baton.decider.core.DurableTimer;
import io.baton.decider.core.FlowLimits;
import io.baton.decider.core.IdGenerator;
import io.baton.decider.core.TaskDefLookup;
import io.baton.decider.core.Timers;
import io.baton.decider.core.expression.WorkflowEnv;
import io.baton.decider.core.timeout.Deadline;
import io.baton.decider.core.timeout.Deadlines;
import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskStatusEvent;
import io.baton.model.messaging.TasksRemoved;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working copy of one workflow while one command is applied: the state being changed, and the record of what
 * changed and what to send. Handlers change state only through it, so nothing they change can be left unpersisted.
 */
public final class WorkflowExecution {
    private final Workflow workflow;
    /** The definition the workflow had before the command; a command that changes it replaces it, never edits it. */
    private final WorkflowDef definitionBefore;
    private final long now;
    private final IdGenerator ids;
    private final WorkflowEnv env;
    private final FlowLimits limits;
    private final TaskDefLookup taskDefs;
    private final Set<String> taskDefsNeeded = new LinkedHashSet<>();
    private final Map<String, Task> changedTasks = new LinkedHashMap<>();
    private final List<String> removedTaskIds = new ArrayList<>();
    private final List<TaskDispatch> dispatches = new ArrayList<>();
    private final List<StatusEvent> events = new ArrayList<>();
    private final List<WorkflowCommand> commands = new ArrayList<>();
    private final List<ScheduleRequest> scheduleRequests = new ArrayList<>();

    /** A node a task asked to have scheduled, in the DO_WHILE iteration given (0 outside any loop). */
    public record ScheduleRequest(WorkflowTask node, int iteration) {
    }
    private boolean startedOrResumed;

    public WorkflowExecution(Workflow workflow, long now, IdGenerator ids, WorkflowEnv env, FlowLimits limits,
                             TaskDefLookup taskDefs) {
        this.workflow = workflow;
        this.definitionBefore = workflow.getWorkflowDefinition();
        this.now = now;
        this.ids = ids;
        this.env = env;
        this.limits = limits;
        this.taskDefs = taskDefs;
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The decision's clock reading, epoch milliseconds: one instant for the whole command. */
    public long now() {
        return now;
    }

    /** What {@code ${workflow.env.NAME}} reads. */
    public WorkflowEnv env() {
        return env;
    }

    /** How wide a dynamic fork and how long a loop may grow. */
    public FlowLimits limits() {
        return limits;
    }

    /**
     * The task definition registered under a name, as the decider was given it; a name it was not given is recorded
     * as needed (the decision is then made again with it) and reads as not registered meanwhile.
     */
    public Optional<TaskDef> registeredTaskDef(String name) {
        if (!taskDefs.knows(name)) {
            taskDefsNeeded.add(name);
        }
        return taskDefs.find(name);
    }

    public String newId() {
        return ids.next();
    }

    public Optional<Task> task(String taskId) {
        return workflow.getTasks().stream().filter(t -> t.getTaskId().equals(taskId)).findFirst();
    }

    public int nextSeq() {
        return workflow.getTasks().stream().mapToInt(Task::getSeq).max().orElse(0) + 1;
    }

    /** Adds a new task to the workflow; it is announced by the status event its type's start sends. */
    public void addTask(Task task) {
        task.setSeq(nextSeq());
        task.setUpdateTime(now);
        workflow.getTasks().add(task);
        changedTasks.put(task.getTaskId(), task);
    }

    /** Drops a task from the workflow for good (restart, rerun drop what ran before): its row is deleted. */
    public void removeTask(Task task) {
        workflow.getTasks().remove(task);
        changedTasks.remove(task.getTaskId());
        removedTaskIds.add(task.getTaskId());
    }

    /** Records a change to a task that is not a status change (output, lease, flags). */
    public void taskChanged(Task task) {
        task.setUpdateTime(now);
        changedTasks.put(task.getTaskId(), task);
    }

    /** Records a task's new status and announces it. */
    public void taskStatusChanged(Task task) {
        taskChanged(task);
        events.add(TaskStatusEvent.of(newId(), now, task));
    }

    /** Records the workflow's new status and announces it. */
    public void workflowStatusChanged() {
        workflowStatusChanged(WorkflowStatusEvent.eventTypeOf(workflow.getStatus()));
    }

    /** Records the workflow's new status and announces it as this event type (a resume is not a start). */
    public void workflowStatusChanged(String eventType) {
        workflow.setUpdateTime(now);
        startedOrResumed |= workflow.getStatus() == WorkflowStatus.RUNNING;
        events.add(WorkflowStatusEvent.of(newId(), eventType, now, workflow));
    }

    /**
     * Asks for a node to be scheduled as part of this decision, once the step in progress is done: how a task that
     * starts others while it runs (a DO_WHILE beginning an iteration) gets them started.
     */
    public void requestSchedule(WorkflowTask node, int iteration) {
        scheduleRequests.add(new ScheduleRequest(node, iteration));
    }

    /** The schedule requests made since the last call; they are handed out once. */
    public List<ScheduleRequest> takeScheduleRequests() {
        List<ScheduleRequest> taken = List.copyOf(scheduleRequests);
        scheduleRequests.clear();
        return taken;
    }

    /** True once the command has changed a task or a status. */
    public boolean changedAnything() {
        return !changedTasks.isEmpty() || !events.isEmpty();
    }

    public void dispatch(TaskDispatch message) {
        dispatches.add(message);
    }

    /** A command for another workflow, sent with this decision. */
    public void command(WorkflowCommand command) {
        commands.add(command);
    }

    public Decision decision() {
        workflow.setUpdateTime(now);
        return decision(true);
    }

    /**
     * The decision of a command that changed only tasks (a worker's poll): the workflow keeps its updateTime and its
     * row is not written again.
     */
    public Decision tasksOnlyDecision() {
        return decision(false);
    }

    private Decision decision(boolean workflowChanged) {
        return new Decision(workflow, workflowChanged, workflow.getWorkflowDefinition() != definitionBefore,
                List.copyOf(changedTasks.values()), List.copyOf(removedTaskIds),
                dispatchesWithRemovalOf(removedTaskIds), List.copyOf(events), List.copyOf(commands), timers(), false,
                null, Set.copyOf(taskDefsNeeded));
    }

    /** The decision that deletes the workflow with its tasks, sending what was dispatched. */
    public Decision removal() {
        List<String> taskIds = new ArrayList<>(removedTaskIds);
        workflow.getTasks().forEach(task -> taskIds.add(task.getTaskId()));
        return Decision.removed(dispatchesWithRemovalOf(taskIds));
    }

    /** For task-queue: the news of the tasks deleted for good, if any, then what was dispatched. */
    private List<TaskDispatch> dispatchesWithRemovalOf(List<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.copyOf(dispatches);
        }
        List<TaskDispatch> all = new ArrayList<>(dispatches.size() + 1);
        all.add(new TasksRemoved(newId(), workflow.getWorkflowId(), taskIds));
        all.addAll(dispatches);
        return List.copyOf(all);
    }

    /**
     * The timers of what this command changed, set afresh from the state: those of each changed task, or all of the
     * workflow's when it started or resumed (deadlines that passed while it was paused fire at once) or ended (none).
     */
    private Timers timers() {
        boolean wholeWorkflow = startedOrResumed || workflow.getStatus().isTerminal();
        List<Deadline> deadlines = new ArrayList<>();
        if (wholeWorkflow) {
            Deadlines.of(workflow).ifPresent(deadlines::add);
        }
        for (Task task : wholeWorkflow ? workflow.getTasks() : changedTasks.values()) {
            deadlines.addAll(Deadlines.of(workflow, task));
        }
        List<DurableTimer> toSet = deadlines.stream()
                .map(deadline -> new DurableTimer(deadline.at(), new TimerFired(newId(), workflow.getWorkflowId(),
                        deadline.at(), deadline.taskId(), deadline.purpose())))
                .toList();
        List<String> replaced = new ArrayList<>(changedTasks.keySet());
        replaced.addAll(removedTaskIds);
        return new Timers(wholeWorkflow, wholeWorkflow ? List.of() : replaced, toSet);
    }
}
