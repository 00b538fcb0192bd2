package io.baton.service.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The caller of the current request, set by {@link AuthFilter}. Resources that only learn a task's type after reading
 * it (an update or a log line by task id) ask it here before changing anything.
 */
@RequestScoped
public class CurrentCaller {
    @Inject
    AuthSettings settings;

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** @return the caller when what it may do depends on a task's type: a worker key while auth is on */
    public Optional<Caller> workerKey() {
        return settings.enabled() && caller != null && caller.role() == Role.WORKER ? Optional.of(caller)
                : Optional.empty();
    }
}
