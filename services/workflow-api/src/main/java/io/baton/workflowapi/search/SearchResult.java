package io.baton.workflowapi.search;

import java.util.List;
import java.util.function.Function;

/** Conductor's SearchResult: one page of what matched, and how many matched in all. */
public record SearchResult<T>(long totalHits, List<T> results) {
    public <R> SearchResult<R> map(Function<T, R> mapper) {
        return new SearchResult<>(totalHits, results.stream().map(mapper).toList());
    }
}
