package io.baton.decider.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitInputTest {

    @Test
    void shouldReadEveryDurationSpellingConductorAccepts() {
        Map<String, Long> seconds = Map.ofEntries(
                Map.entry("30s", 30L), Map.entry("30 secs", 30L), Map.entry("1 second", 1L),
                Map.entry("2 minutes", 120L), Map.entry("5 mins", 300L), Map.entry("3m", 180L),
                Map.entry("1 hour", 3_600L), Map.entry("2hrs", 7_200L), Map.entry("1h 30m", 5_400L),
                Map.entry("1d 2h", 93_600L), Map.entry("2 days", 172_800L), Map.entry("1D 1S", 86_401L),
                Map.entry(" 1 days 2 hours 3 minutes 4 seconds ", 93_784L));
        seconds.forEach((text, expected) ->
                assertEquals(Optional.of(Duration.ofSeconds(expected)), WaitInput.duration(text), text));
    }

    @Test
    void shouldRefuseWhatIsNotADuration() {
        for (String text : new String[] {"", "  ", "soon", "10", "5 weeks", "2m 1h"}) {
            assertEquals(Optional.empty(), WaitInput.duration(text), text);
        }
    }

    @Test
    void shouldReadConductorsThreeDateFormatsAndRefuseOthers() {
        assertEquals(Optional.of(Instant.parse("2030-05-06T07:08:00Z")), WaitInput.until("2030-05-06 07:08"));
        assertEquals(Optional.of(Instant.parse("2030-05-06T07:08:00Z")), WaitInput.until("2030-05-06 07:08 UTC"));
        assertEquals(Optional.of(Instant.parse("2030-05-06T14:08:00Z")), WaitInput.until("2030-05-06 07:08 PDT"));
        assertEquals(Optional.of(Instant.parse("2030-05-06T00:00:00Z")), WaitInput.until("2030-05-06"));
        for (String text : new String[] {"", "2030-05-06T07:08:00Z", "06/05/2030", "2030-05-06 07:08:09"}) {
            assertEquals(Optional.empty(), WaitInput.until(text), text);
        }
    }
}
