package io.baton.decider.environment;

import io.baton.decider.core.Decider;
import io.baton.decider.core.FlowLimits;
import io.baton.decider.core.expression.WorkflowEnv;
import io.baton.service.limit.FlowLimitSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decider, with the variables {@code ${workflow.env.NAME}} reads taken once at start-up as Conductor 3.32's
 * default environment store reads them: the process's environment variables and system properties named with the
 * prefix ({@code CONDUCTOR_ENV_} unless configured), without it; an environment variable wins over a system property
 * of the same name. Every decider instance should run with the same ones, and the same fork and loop limits.
 */
@ApplicationScoped
public class ConfiguredDecider {

    @Produces
    @Singleton
    Decider decider(@ConfigProperty(name = "baton.workflow.env-prefix", defaultValue = "CONDUCTOR_ENV_") String prefix,
                    FlowLimitSettings limits) {
        return new Decider(of(prefix, System.getProperties(), System.getenv()),
                new FlowLimits(limits.forkWidthMax(), limits.loopIterationsMax()));
    }

    static WorkflowEnv of(String prefix, Map<Object, Object> systemProperties, Map<String, String> environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        systemProperties.forEach((name, value) -> putPrefixed(variables, prefix, String.valueOf(name), String.valueOf(value)));
        environment.forEach((name, value) -> putPrefixed(variables, prefix, name, value));
        return new WorkflowEnv(variables);
    }

    private static void putPrefixed(Map<String, String> variables, String prefix, String name, String value) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
            variables.put(name.substring(prefix.length()), value);
        }
    }
}
