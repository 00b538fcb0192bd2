package io.baton.service.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns an X-Authorization header into a {@link Caller}, with SmallRye JWT checking signature and expiry. */
@ApplicationScoped
public class TokenVerifier {
    @Inject
    JWTParser parser;

    @Inject
    AuthKeys keys;

    /** @throws NotAuthenticated naming what is wrong with the token */
    public Caller verify(String header) {
        if (header == null || header.isBlank()) {
            throw new NotAuthenticated("No token: send the JWT from POST /api/token in the X-Authorization header");
        }
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : header.trim();
        JsonWebToken jwt;
        try {
            jwt = parser.verify(token, keys.verifyKey());
        } catch (ParseException e) {
            throw new NotAuthenticated("Invalid or expired token: " + e.getMessage());
        }
        if (!TokenIssuer.ISSUER.equals(jwt.getIssuer())) {
            throw new NotAuthenticated("Invalid token: not issued by Baton");
        }
        Role role = jwt.getGroups().stream().map(Role::fromClaim).filter(r -> r != null).findFirst()
                .orElseThrow(() -> new NotAuthenticated("Invalid token: it names no role"));
        return new Caller(jwt.getSubject(), role, taskTypes(jwt));
    }

    private static Set<String> taskTypes(JsonWebToken jwt) {
        Set<String> types = new LinkedHashSet<>();
        Object claim = jwt.getClaim(TokenIssuer.TASK_TYPES);
        if (claim instanceof JsonArray array) {
            array.forEach(value -> types.add(((JsonString) value).getString()));
        }
        return types;
    }

    /** The request carries no valid token: 401. */
    public static class NotAuthenticated extends RuntimeException {
        public NotAuthenticated(String message) {
            super(message);
        }
    }
}
