package io.baton.decider.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The timers a decision sets, and which earlier ones they replace: a task's timers always follow its latest state,
 * so those of a task the decision changed are dropped before its new ones are set.
 *
 * @param wholeWorkflow true when every timer of the workflow is replaced: it started, resumed or ended
 * @param taskIds       otherwise, the tasks whose timers are replaced
 * @param toSet         the new timers
 */
public record Timers(boolean wholeWorkflow, List<String> taskIds, List<DurableTimer> toSet) {
    public static final Timers NONE = new Timers(false, List.of(), List.of());
    public static final Timers ALL_CLEARED = new Timers(true, List.of(), List.of());

    /**
     * What setting these timers and then {@code later} leaves, as one write: the later replace all of these when they
     * are the whole workflow's, else those of the tasks they replace; the rows of both sets of tasks are dropped first.
     */
    public Timers then(Timers later) {
        if (later.wholeWorkflow) {
            return later;
        }
        if (later.taskIds.isEmpty() && later.toSet.isEmpty()) {
            return this;
        }
        Set<String> replaced = new LinkedHashSet<>(taskIds);
        replaced.addAll(later.taskIds);
        Set<String> replacedLater = new HashSet<>(later.taskIds); // a workflow's own timer has no task: null
        List<DurableTimer> kept = new ArrayList<>();
        for (DurableTimer timer : toSet) {
            if (!replacedLater.contains(timer.command().taskId())) {
                kept.add(timer);
            }
        }
        kept.addAll(later.toSet);
        return new Timers(wholeWorkflow, wholeWorkflow ? List.of() : List.copyOf(replaced), kept);
    }
}
