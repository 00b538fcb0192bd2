package io.baton.decider.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.model.task.RetryLogic;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowTask;
import org.junit.jupiter.api.Test;

class RetryDelayTest {
    private static TaskDef delayedBy(int seconds, RetryLogic logic) {
        TaskDef def = new TaskDef();
        def.setName("pay");
        def.setRetryDelaySeconds(seconds);
        def.setRetryLogic(logic);
        return def;
    }

    @Test
    void shouldWaitTheSameDelayEveryTimeWhenFixed() {
        assertEquals(5, Retries.delaySeconds(delayedBy(5, RetryLogic.FIXED), 0));
        assertEquals(5, Retries.delaySeconds(delayedBy(5, RetryLogic.FIXED), 3));
    }

    @Test
    void shouldGrowLinearlyByTheScaleFactor() {
        TaskDef def = delayedBy(5, RetryLogic.LINEAR_BACKOFF);
        def.setBackoffScaleFactor(2);
        assertEquals(10, Retries.delaySeconds(def, 0));
        assertEquals(40, Retries.delaySeconds(def, 3));
    }

    @Test
    void shouldDoubleEachTimeWhenExponentialAndSaturateInsteadOfOverflowing() {
        TaskDef def = delayedBy(5, RetryLogic.EXPONENTIAL_BACKOFF);
        assertEquals(5, Retries.delaySeconds(def, 0));
        assertEquals(40, Retries.delaySeconds(def, 3));
        assertEquals(Integer.MAX_VALUE, Retries.delaySeconds(def, 40));
    }

    @Test
    void shouldNeverWaitLongerThanMaxRetryDelaySeconds() {
        TaskDef def = delayedBy(5, RetryLogic.EXPONENTIAL_BACKOFF);
        def.setMaxRetryDelaySeconds(30);
        assertEquals(30, Retries.delaySeconds(def, 3));
    }

    @Test
    void shouldCapLinearBackoffAndTreatAZeroCapAsNoCap() {
        TaskDef capped = delayedBy(10, RetryLogic.LINEAR_BACKOFF);
        capped.setMaxRetryDelaySeconds(25);
        assertEquals(20, Retries.delaySeconds(capped, 1));
        assertEquals(25, Retries.delaySeconds(capped, 2));

        TaskDef uncapped = delayedBy(10, RetryLogic.LINEAR_BACKOFF);
        uncapped.setMaxRetryDelaySeconds(0);
        assertEquals(100, Retries.delaySeconds(uncapped, 9));
    }

    @Test
    void shouldFallBackToFixedDelaysAndAScaleFactorOfOne() {
        TaskDef noLogic = delayedBy(7, null);
        assertEquals(7, Retries.delaySeconds(noLogic, 4));

        TaskDef noScale = delayedBy(7, RetryLogic.LINEAR_BACKOFF);
        noScale.setBackoffScaleFactor(null);
        assertEquals(14, Retries.delaySeconds(noScale, 1));
    }

    @Test
    void shouldNotWaitWithoutATaskDefinition() {
        assertEquals(0, Retries.delaySeconds(null, 3));
    }

    @Test
    void shouldSaturateALinearDelayThatWouldOverflow() {
        TaskDef def = delayedBy(Integer.MAX_VALUE, RetryLogic.LINEAR_BACKOFF);
        def.setBackoffScaleFactor(Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, Retries.delaySeconds(def, 5));
    }

    @Test
    void shouldTakeTheWorkflowTasksRetryCountOverTheDefinitions() {
        WorkflowTask node = new WorkflowTask();
        node.setTaskDefinition(delayedBy(1, RetryLogic.FIXED));
        assertEquals(3, Retries.allowedRetries(node), "TaskDef's default");
        node.setRetryCount(0);
        assertEquals(0, Retries.allowedRetries(node));
        node.setTaskDefinition(null);
        node.setRetryCount(null);
        assertEquals(0, Retries.allowedRetries(node), "no definition, no retries");
    }
}
