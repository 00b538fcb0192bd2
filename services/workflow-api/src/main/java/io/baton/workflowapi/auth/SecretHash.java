package io.baton.workflowapi.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random key secrets and their salted hashes; a secret is shown once and only its hash is kept. */
final class SecretHash {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretHash() {
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** @return a new secret: 32 random bytes, URL-safe base64 */
    static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    static byte[] hash(byte[] salt, String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about the secret. */
    static boolean matches(byte[] salt, byte[] expectedHash, String secret) {
        return MessageDigest.isEqual(expectedHash, hash(salt, secret));
    }
}
