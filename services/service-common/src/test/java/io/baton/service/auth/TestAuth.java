package io.baton.service.auth;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Auth turned on for a service's tests: an RSA key pair made when the test JVM starts (no private key is committed),
 * the settings that use it, and tokens signed with it or with a stranger's key.
 */
public final class TestAuth {
    public static final String BOOTSTRAP_ID = "bootstrap-admin";
    public static final String BOOTSTRAP_SECRET = Base64.getUrlEncoder().encodeToString(Instant.now().toString().getBytes());
    private static final KeyPair KEYS = rsa();
    private static final KeyPair STRANGER = rsa();

    private TestAuth() {
    }

    /** The config overrides of a test profile that turns auth on. */
    public static Map<String, String> settings() {
        return Map.of("baton.auth.enabled", "true",
                "baton.auth.verify-key", pem("PUBLIC KEY", KEYS.getPublic().getEncoded()),
                "baton.auth.signing-key", pem("PRIVATE KEY", KEYS.getPrivate().getEncoded()),
                "baton.auth.bootstrap-key-id", BOOTSTRAP_ID,
                "baton.auth.bootstrap-key-secret", BOOTSTRAP_SECRET);
    }

    public static String token(Role role, String... taskTypes) {
        return sign(role, List.of(taskTypes), Instant.now().plusSeconds(300), KEYS);
    }

    public static String expiredToken(Role role) {
        return sign(role, List.of(), Instant.now().minusSeconds(600), KEYS);
    }

    /** A well-formed admin token signed by a key the services do not trust. */
    public static String strangersToken() {
        return sign(Role.ADMIN, List.of(), Instant.now().plusSeconds(300), STRANGER);
    }

    private static String sign(Role role, List<String> taskTypes, Instant expiry, KeyPair keys) {
        return Jwt.issuer(TokenIssuer.ISSUER).subject("test-" + role.claim()).groups(Set.of(role.claim()))
                .claim(TokenIssuer.TASK_TYPES, taskTypes).issuedAt(expiry.minusSeconds(900)).expiresAt(expiry)
                .sign(keys.getPrivate());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
