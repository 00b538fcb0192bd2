package io.baton.decider.outbox;

import io.baton.model.json.Json;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps a trace going through the outbox: the context current while a command is applied is stored with the rows its
 * decision writes, and becomes the parent of the records published from them, after the commit or after a restart.
 */
@ApplicationScoped
public class OutboxTracing {
    @Inject
    OpenTelemetry openTelemetry;

    /** The current trace context as its propagation headers in JSON; null when there is none (or tracing is off). */
    public String current() {
        Map<String, String> headers = new LinkedHashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
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
