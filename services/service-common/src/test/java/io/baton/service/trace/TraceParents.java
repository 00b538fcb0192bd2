package io.baton.service.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** W3C trace context for the services' tests: a caller's {@code traceparent}, and the check that records carry it. */
public final class TraceParents {
    public static final String HEADER = "traceparent";

    private TraceParents() {
    }

    /** A sampled traceparent with a new trace id, as a traced caller sends it. */
    public static String random() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    /** Fails unless every record has a traceparent header in the trace of {@code traceparent}. */
    public static void assertSameTrace(String traceparent, List<? extends ConsumerRecord<?, ?>> records) {
        for (ConsumerRecord<?, ?> record : records) {
            Header header = record.headers().lastHeader(HEADER);
            assertNotNull(header, () -> "no " + HEADER + " on " + record.topic() + ": " + record.value());
            assertEquals(traceId(traceparent), traceId(new String(header.value(), StandardCharsets.UTF_8)),
                    () -> record.topic() + ": " + record.value());
        }
    }

    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    public static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
