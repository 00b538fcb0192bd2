package io.baton.decider.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The decider's lag per partition of baton.commands is the Kafka consumer's own records-lag, which Quarkus' Micrometer
 * Kafka binder serves on /q/metrics once it has looked for the consumer's new metrics (once a minute).
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class CommandLagTest {
    private static final Duration BINDER_REFRESH = Duration.ofSeconds(60);
    private static final Pattern LAG = Pattern.compile("(?m)^kafka_consumer_fetch_manager_records_lag\\{"
            + "client_id=\"kafka-consumer-commands\",kafka_version=\"[^\"]+\",partition=\"(\\d+)\","
            + "topic=\"baton\\.commands\"} (\\S+)");

    @Test
    void eachPartitionTheDeciderOwnsHasItsLagAndAnIdleDeciderLagsByNothing() {
        await().atMost(BINDER_REFRESH.plusSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<Double> lags = lagPerPartition();
            return !lags.isEmpty() && lags.stream().allMatch(lag -> lag == 0.0);
        });
    }

    private static List<Double> lagPerPartition() {
        Matcher lag = LAG.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return lag.results().map(result -> Double.parseDouble(result.group(2))).toList();
    }
}
