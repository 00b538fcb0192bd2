package io.baton.decider.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredDeciderTest {

    @Test
    void shouldTakeThePrefixedVariablesWithoutThePrefixTheEnvironmentWinning() {
        Map<Object, Object> properties = Map.of("CONDUCTOR_ENV_REGION", "from-property", "CONDUCTOR_ENV_ONLY_PROPERTY", "p",
                "java.home", "/jdk");
        Map<String, String> environment = Map.of("CONDUCTOR_ENV_REGION", "eu-west", "HOME", "/root", "CONDUCTOR_ENV_", "x");

        assertEquals(Map.of("REGION", "eu-west", "ONLY_PROPERTY", "p"),
                ConfiguredDecider.of("CONDUCTOR_ENV_", properties, environment).variables());
    }

    @Test
    void shouldUseTheConfiguredPrefix() {
        assertEquals(Map.of("REGION", "eu"),
                ConfiguredDecider.of("MY_", Map.of(), Map.of("MY_REGION", "eu", "CONDUCTOR_ENV_X", "y")).variables());
    }
}
