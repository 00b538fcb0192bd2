package io.baton.conformance;

import java.util.Map;

/**
 * The {@code ${workflow.env.NAME}} variables cases may read. The server under test runs with each as the environment
 * variable {@code CONDUCTOR_ENV_<NAME>} (e2e/pom.xml sets them for the cluster the end-to-end runner starts); the pure
 * runner gives them to the decider.
 */
public final class ConformanceEnv {
    public static final Map<String, String> VARIABLES = Map.of(
            "CF_REGION", "eu-west",
            "CF_SETTINGS", "{\"port\": 8080, \"hosts\": [\"a\", \"b\"]}");

    private ConformanceEnv() {
    }
}
