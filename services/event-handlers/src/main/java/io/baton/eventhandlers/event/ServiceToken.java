package io.baton.eventhandlers.event;

import io.baton.service.auth.AuthFilter;
import io.baton.service.auth.AuthSettings;
import io.baton.service.auth.Role;
import io.baton.service.auth.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * An event handler's start_workflow goes to workflow-api as an operator: with auth on, event-handlers signs its own
 * token with baton.auth.signing-key, so it needs no access key of its own.
 */
@ApplicationScoped
public class ServiceToken implements ClientHeadersFactory {
    @Inject
    AuthSettings settings;

    @Inject
    TokenIssuer issuer;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (settings.enabled()) {
            headers.putSingle(AuthFilter.HEADER, issuer.issue("baton-event-handlers", Role.OPERATOR, List.of()));
        }
        return headers;
    }
}
