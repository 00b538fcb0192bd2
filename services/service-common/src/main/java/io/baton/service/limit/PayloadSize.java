package io.baton.service.limit;

import io.baton.model.json.Json;
import io.baton.service.rest.ApiException;
import io.quarkus.runtime.configuration.MemorySize;
import java.nio.charset.StandardCharsets;

/** Measures a payload as the JSON it travels as, and refuses one over its limit with 413 naming both sizes. */
public final class PayloadSize {
    private PayloadSize() {
    }

    /** @param what the payload's name, "input" or "output"; @param key the configuration key of the limit */
    public static void requireWithin(Object payload, MemorySize limit, String what, String key) {
        if (payload == null) {
            return;
        }
        long size = Json.write(payload).getBytes(StandardCharsets.UTF_8).length;
        if (size > limit.asLongValue()) {
            throw new ApiException(413, "The " + what + " payload size of " + size + " bytes is over the limit of "
                    + limit.asLongValue() + " bytes (" + key + ")");
        }
    }
}
