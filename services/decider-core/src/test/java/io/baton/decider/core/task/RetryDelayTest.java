package io.baton.decider.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.model.task.RetryLogic;
import io.baton.model.task.TaskDef;
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
}
