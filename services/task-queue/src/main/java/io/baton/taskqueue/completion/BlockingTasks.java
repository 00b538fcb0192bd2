package io.baton.taskqueue.completion;

import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.baton.taskqueue.task.DeciderWorkflows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The WAIT task a workflow is blocked on, as Conductor 3.32 finds it for a signal: the workflow's own first, else the
 * first one in its running SUB_WORKFLOW children, in their order, at any depth.
 */
@ApplicationScoped
public class BlockingTasks {
    /** What a signal completes: any WAIT not ended. */
    static final Predicate<Task> WAITING = task -> TaskType.WAIT.equals(task.getTaskType())
            && !task.getStatus().isTerminal();
    /** What a signal/sync answers at: a WAIT not ended with neither duration nor until (Conductor's waitTimeout 0). */
    static final Predicate<Task> WAITING_FOR_A_SIGNAL = WAITING.and(task -> task.getInputData().get("duration") == null
            && task.getInputData().get("until") == null);

    /** A blocked task and the (sub-)workflow it belongs to. */
    record Blocked(Workflow workflow, Task task) {
    }

    @Inject
    DeciderWorkflows workflows;

    /** The first task matching that the workflow (whose tasks are loaded) or a running child is blocked on. */
    Uni<Optional<Blocked>> first(Workflow workflow, Predicate<Task> blocking) {
        return first(workflow, workflow.getTasks().iterator(), blocking);
    }

    /** As {@link #first(Workflow, Predicate)}, with only the id: the task alone. */
    Uni<Optional<Task>> first(String workflowId, Predicate<Task> blocking) {
        return workflows.find(workflowId).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<Task>empty())
                : first(found.get(), blocking).map(blocked -> blocked.map(Blocked::task)));
    }

    private Uni<Optional<Blocked>> first(Workflow workflow, Iterator<Task> children, Predicate<Task> blocking) {
        Optional<Task> here = workflow.getTasks().stream().filter(blocking).findFirst();
        if (here.isPresent()) {
            return Uni.createFrom().item(Optional.of(new Blocked(workflow, here.get())));
        }
        while (children.hasNext()) {
            Task task = children.next();
            if (isRunningChild(task)) {
                return workflows.find(task.getSubWorkflowId())
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
