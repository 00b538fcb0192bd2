package io.baton.examples;

import com.netflix.conductor.client.worker.Worker;
import java.util.List;
import java.util.Map;

/** The order example's workers: the warehouse, the carrier and the payment provider's refund. */
final class OrderWorkers {
    /** The address no carrier delivers to: an order shipped there fails and is compensated. */
    static final String UNDELIVERABLE = "Nowhere";

    private OrderWorkers() {
    }

    static List<Worker> all() {
        return List.of(
                Worker.create("order_reserve_inventory", task -> Results.completed(task,
                        Map.of("reservationId", "res-" + task.getInputData().get("orderId")))),
                Worker.create("order_ship", task -> {
                    Object address = task.getInputData().get("address");
                    if (address == null || UNDELIVERABLE.equals(address)) {
                        return Results.failedForGood(task, "no carrier delivers to " + address);
                    }
                    return Results.completed(task, Map.of("trackingNumber", "trk-" + task.getInputData().get("orderId")));
                }),
                Worker.create("order_refund_payment", task -> Results.completed(task,
                        Map.of("refundId", "ref-" + task.getInputData().get("orderId")))),
                Worker.create("order_release_inventory", task -> Results.completed(task, Map.of("released", true))));
    }
}
