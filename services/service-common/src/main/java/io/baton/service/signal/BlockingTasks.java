package io.baton.service.signal;

import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The task a workflow is blocked on, as Conductor 3.32 finds it for a signal or a synchronous execution: the
 * workflow's own first, else the first one in its running SUB_WORKFLOW children, in their order, at any depth.
 */
public final class BlockingTasks {
    /** What a signal completes: any WAIT not ended. */
    public static final Predicate<Task> WAITING = task -> TaskType.WAIT.equals(task.getTaskType())
            && !task.getStatus().isTerminal();
    /** What a synchronous answer waits for: a WAIT not ended with neither duration nor until (waitTimeout 0). */
    public static final Predicate<Task> WAITING_FOR_A_SIGNAL = WAITING.and(task -> task.getInputData().get("duration") == null
            && task.getInputData().get("until") == null);

    /** A blocked task and the (sub-)workflow it belongs to. */
    public record Blocked(Workflow workflow, Task task) {
    }

    /** Reads a workflow with its tasks; empty when there is none with that id. */
    private final Function<String, Uni<Optional<Workflow>>> workflows;

    public BlockingTasks(Function<String, Uni<Optional<Workflow>>> workflows) {
        this.workflows = workflows;
    }

    /** WAITING_FOR_A_SIGNAL, or one of these reference names ended: what a synchronous execution waits for. */
    public static Predicate<Task> settledAt(List<String> taskRefs) {
        return WAITING_FOR_A_SIGNAL.or(task -> task.getStatus().isTerminal()
                && taskRefs.contains(task.getReferenceTaskName()));
    }

    /** The first task matching that the workflow (whose tasks are loaded) or a running child is blocked on. */
    public Uni<Optional<Blocked>> first(Workflow workflow, Predicate<Task> blocking) {
        return first(workflow, workflow.getTasks().iterator(), blocking);
    }

    /** As {@link #first(Workflow, Predicate)}, with only the id. */
    public Uni<Optional<Blocked>> first(String workflowId, Predicate<Task> blocking) {
        return workflows.apply(workflowId).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<Blocked>empty())
                : first(found.get(), blocking));
    }

    private Uni<Optional<Blocked>> first(Workflow workflow, Iterator<Task> children, Predicate<Task> blocking) {
        Optional<Task> here = workflow.getTasks().stream().filter(blocking).findFirst();
        if (here.isPresent()) {
            return Uni.createFrom().item(Optional.of(new Blocked(workflow, here.get())));
        }
        while (children.hasNext()) {
            Task task = children.next();
            if (isRunningChild(task)) {
                return workflows.apply(task.getSubWorkflowId())
                        .flatMap(child -> child.isEmpty()
                                ? Uni.createFrom().item(Optional.<Blocked>empty())
                                : first(child.get(), blocking))
                        .flatMap(inChild -> inChild.isPresent()
                                ? Uni.createFrom().item(inChild)
                                : first(workflow, children, blocking));
            }
        }
        return Uni.createFrom().item(Optional.empty());
    }

    private static boolean isRunningChild(Task task) {
        return TaskType.SUB_WORKFLOW.equals(task.getTaskType()) && !task.getStatus().isTerminal()
                && task.getSubWorkflowId() != null && !task.getSubWorkflowId().isBlank();
    }
}
