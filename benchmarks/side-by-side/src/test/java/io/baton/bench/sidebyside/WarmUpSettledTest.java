package io.baton.bench.sidebyside;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpSettledTest {
    @Test
    void shouldNotSettleOnOneSlowSliceOfAClimb() {
        assertFalse(SideBySide.settled(List.of(6.7, 14.0, 22.0, 30.5, 28.0, 34.1)));
    }

    @Test
    void shouldSettleWhenTwoSlicesGainLittleOverTheTwoBefore() {
        assertTrue(SideBySide.settled(List.of(20.0, 40.0, 48.0, 52.0, 51.0, 50.5)));
    }

    @Test
    void shouldWaitForFourSlices() {
        assertFalse(SideBySide.settled(List.of(50.0, 50.0, 50.0)));
    }
}
