package io.baton.service.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code baton.auth.*} group. Off by default so {@code baton up} needs no key; the PEM keys and the bootstrap
 * admin key come from the environment (a Kubernetes Secret), never from a committed file.
 */
@ConfigMapping(prefix = "baton.auth")
public interface AuthSettings {
    /** Whether every API request needs a token in X-Authorization. */
    @WithDefault("false")
    boolean enabled();

    /** How long a token minted by POST /api/token stays valid. */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /** The RSA private key (PKCS#8 PEM) tokens are signed with; only the services that mint tokens need it. */
    Optional<String> signingKey();

    /** The RSA public key (PEM) tokens are verified with. */
    Optional<String> verifyKey();

    /** A key id that is always an admin, so the first admin can get in and create keys. */
    Optional<String> bootstrapKeyId();

    /** The bootstrap key's secret. */
    Optional<String> bootstrapKeySecret();
}
