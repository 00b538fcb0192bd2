package io.baton.service.auth;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The RSA keys of {@link AuthSettings}, parsed once; a missing or broken key is a start-up error naming it. */
@ApplicationScoped
public class AuthKeys {
    private final PublicKey verifyKey;
    private final PrivateKey signingKey;

    @Inject
    public AuthKeys(AuthSettings settings) {
        this.verifyKey = settings.enabled() ? publicKey(required(settings.verifyKey().orElse(null), "verify-key")) : null;
        this.signingKey = settings.signingKey().map(AuthKeys::privateKey).orElse(null);
    }

    public PublicKey verifyKey() {
        return verifyKey;
    }

    /** @return the signing key; only a service given baton.auth.signing-key mints tokens */
    public PrivateKey signingKey() {
        if (signingKey == null) {
            throw new IllegalStateException("baton.auth.signing-key (BATON_AUTH_SIGNING_KEY) is not set: this service "
                    + "cannot mint tokens");
        }
        return signingKey;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("baton.auth.enabled is true but baton.auth." + name + " (BATON_AUTH_"
                    + name.toUpperCase().replace('-', '_') + ") is not set");
        }
        return value;
    }

    private static PublicKey publicKey(String pem) {
        try {
            return KeyUtils.decodePublicKey(pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("baton.auth.verify-key is not an RSA public key in PEM: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(String pem) {
        try {
            return KeyUtils.decodePrivateKey(pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("baton.auth.signing-key is not an RSA PKCS#8 private key in PEM: "
                    + e.getMessage(), e);
        }
    }
}
