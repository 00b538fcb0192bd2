package io.baton.decider.outbox;

import io.baton.model.json.Json;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps a trace going through the outbox: the context a command's record carries is stored with the rows its decision
 * writes, and becomes the parent of the records published from them, after the commit or after a restart.
 */
@ApplicationScoped
public class OutboxTracing {
    @Inject
    OpenTelemetry openTelemetry;

    /**
     * The trace context a Kafka record carries, as its propagation headers in JSON; null when it carries none (or
     * tracing is off).
     */
    public String of(Headers recordHeaders) {
        // The propagator's own fields (traceparent, tracestate, ...) are the context: copied as they came, unparsed.
        Map<String, String> headers = new LinkedHashMap<>();
        for (String field : openTelemetry.getPropagators().getTextMapPropagator().fields()) {
            Header header = recordHeaders.lastHeader(field);
            if (header != null && header.value() != null) {
                headers.put(field, new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers.isEmpty() ? null : Json.write(headers);
    }

    /** The record, continuing the stored trace context when there is one. */
    public Message<String> continuing(Message<String> record, String storedContext) {
        if (storedContext == null) {
            return record;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> headers = Json.read(storedContext, Map.class);
        Context context = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), headers, MapGetter.INSTANCE);
        return record.addMetadata(TracingMetadata.withCurrent(context));
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
