package io.baton.taskqueue.systemtask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueLoopTest {

    @Test
    void shouldLookAgainWhenTheNextTaskIsDueAndAtLeastEveryIdleInterval() {
        long idle = QueueLoop.IDLE_LOOK.toMillis();
        assertEquals(1_500, QueueLoop.delayUntil(Optional.of(11_500L), 10_000));
        assertEquals(1, QueueLoop.delayUntil(Optional.of(9_000L), 10_000), "a lease that lapsed already: look now");
        assertEquals(idle, QueueLoop.delayUntil(Optional.of(10_000 + idle * 2), 10_000));
        assertEquals(idle, QueueLoop.delayUntil(Optional.empty(), 10_000));
    }
}
