package io.baton.service.auth;

import io.baton.service.rest.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

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

    /** @throws ApiException 403 when auth is on and the caller may not work on tasks of this type */
    public void checkTaskType(String taskType) {
        if (settings.enabled() && caller != null && !caller.mayWork(taskType)) {
            throw new ApiException(403, "Forbidden: key " + caller.keyId() + " (" + caller.role().claim()
                    + ") is not granted task type " + taskType);
        }
    }
}
