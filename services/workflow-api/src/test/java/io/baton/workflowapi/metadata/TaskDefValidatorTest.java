package io.baton.workflowapi.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.model.error.ApiError.ValidationError;
import io.baton.model.task.TaskDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskDefValidatorTest {
    private static List<String> paths(TaskDef taskDef) {
        Violations violations = new Violations();
        TaskDefValidator.check(taskDef, "[0]", violations);
        return violations.errors().stream().map(ValidationError::path).toList();
    }

    @Test
    void shouldRequireAName() {
        assertEquals(List.of("[0].name"), paths(new TaskDef()));
    }

    @Test
    void shouldRefuseAResponseTimeoutLongerThanTheTimeout() {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("charge");
        taskDef.setTimeoutSeconds(60);
        taskDef.setResponseTimeoutSeconds(120);
        assertEquals(List.of("[0].responseTimeoutSeconds"), paths(taskDef));
    }

    @Test
    void shouldRefuseANegativeRetryCount() {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("charge");
        taskDef.setRetryCount(-1);
        assertEquals(List.of("[0].retryCount"), paths(taskDef));
    }

    @Test
    void shouldAcceptTheDefaults() {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("charge");
        assertEquals(List.of(), paths(taskDef));
    }
}
