package io.baton.workflowapi.auth;

import io.baton.service.auth.TestAuth;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** workflow-api with baton.auth.enabled and a key pair made for this test run. */
public class AuthOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return TestAuth.settings();
    }
}
