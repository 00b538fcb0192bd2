package io.baton.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus test at the JVM's shared Kafka and PostgreSQL ({@link BatonInfra#shared()}). Use with
 * {@code @QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)}.
 */
public class BatonInfraResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return BatonInfra.shared().quarkusConfig();
    }

    /** Nothing: the same infrastructure serves every test class of this JVM; a shutdown hook stops it once. */
    @Override
    public void stop() {
    }
}
