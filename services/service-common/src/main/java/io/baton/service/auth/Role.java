package io.baton.service.auth;

import java.util.Locale;

/** What a key may do; each role can do what the one before it can, but a worker only for its granted task types. */
public enum Role {
    /** Polls, updates and logs tasks of its granted task types, nothing else. */
    WORKER,
    /** Starts, controls and reads workflows and tasks; changes no metadata and no key. */
    OPERATOR,
    /** Everything, including metadata, event handlers and keys. */
    ADMIN;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the role named by a token's groups claim or a key request, or null for an unknown name */
    public static Role fromClaim(String name) {
        for (Role role : values()) {
            if (role.claim().equalsIgnoreCase(name)) {
                return role;
            }
        }
        return null;
    }
}
