package io.baton.bench.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations of one kind, summarised as nearest-rank percentiles in milliseconds. */
public final class Samples {
    private final String name;
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    public Samples(String name) {
        this.name = name;
    }

    public void addNanos(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    public void addMillis(long value) {
        millis.add((double) value);
    }

    public int count() {
        return millis.size();
    }

    /** The nearest-rank percentile in milliseconds, or NaN when there are no samples. */
    public double percentile(int percent) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : percentile(sorted, percent);
    }

    public String summary() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-48s n=%-5d p50=%8.1f  p90=%8.1f  p99=%8.1f  max=%8.1f ms", name,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
