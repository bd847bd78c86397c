package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void aLimitIsDescribedInTheUnitItWasGivenIn() {
        assertEquals("500 ms", Durations.describe(Duration.ofMillis(500)));
        assertEquals("90 s", Durations.describe(Duration.ofSeconds(90)));
        assertEquals("2 min", Durations.describe(Duration.ofMinutes(2)));
        assertEquals("1.5 s", Durations.describe(Duration.ofMillis(1500)));
    }
}
