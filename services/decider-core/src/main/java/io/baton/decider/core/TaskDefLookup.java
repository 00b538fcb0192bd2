package io.baton.decider.core;

import io.baton.model.task.TaskDef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registered task definitions the decider was given, for the names a decision reads at run time (the tasks a
 * FORK_JOIN_DYNAMIC forks, as Conductor 3.32 reads them from its metadata then). The pure decider cannot read them
 * itself: a decision that needs a name not looked up lists it in {@link Decision#taskDefsNeeded()}, and the caller
 * applies the command again with it looked up.
 *
 * @param registered the definitions found, by name
 * @param lookedUp   every name looked up, found or not
 */
public record TaskDefLookup(Map<String, TaskDef> registered, Set<String> lookedUp) {
    public static final TaskDefLookup NONE = new TaskDefLookup(Map.of(), Set.of());

    public TaskDefLookup {
        registered = Map.copyOf(registered);
        lookedUp = Set.copyOf(lookedUp);
    }

    public boolean knows(String name) {
        return lookedUp.contains(name);
    }

    /** The registered definition of a name looked up; empty when none is registered or the name was not looked up. */
    public Optional<TaskDef> find(String name) {
        return Optional.ofNullable(registered.get(name));
    }

    /** This lookup and the names looked up since, with the definitions found for them. */
    public TaskDefLookup with(Set<String> names, Map<String, TaskDef> found) {
        Map<String, TaskDef> allFound = new HashMap<>(registered);
        allFound.putAll(found);
        Set<String> allNames = new HashSet<>(lookedUp);
        allNames.addAll(names);
        return new TaskDefLookup(allFound, allNames);
    }
}
