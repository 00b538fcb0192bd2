package io.baton.decider.core;

import java.util.List;

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
}
