package io.baton.service.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Mints the short-lived JWTs every service verifies: the key id as subject, its role as group, its task types. */
@ApplicationScoped
public class TokenIssuer {
    /** Also mp.jwt.verify.issuer in each service. */
    static final String ISSUER = "baton";
    static final String TASK_TYPES = "taskTypes";

    @Inject
    AuthSettings settings;

    @Inject
    AuthKeys keys;

    public String issue(String keyId, Role role, Collection<String> taskTypes) {
        return Jwt.issuer(ISSUER).subject(keyId).groups(Set.of(role.claim()))
                .claim(TASK_TYPES, List.copyOf(taskTypes))
                .expiresIn(settings.tokenLifetime())
                .sign(keys.signingKey());
    }
}
