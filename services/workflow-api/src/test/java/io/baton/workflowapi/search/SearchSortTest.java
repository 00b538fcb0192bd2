package io.baton.workflowapi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchSortTest {
    @Test
    void shouldOrderByTheNamedFieldsThenTheWorkflowId() {
        assertEquals("create_time DESC, workflow_name ASC, workflow_id ASC",
                SearchSort.orderBy("startTime:DESC|workflowType"));
        assertEquals("update_time ASC, workflow_id ASC", SearchSort.orderBy("updateTime:asc"));
    }

    @Test
    void shouldOrderOldestFirstWithoutASort() {
        assertEquals("create_time ASC, workflow_id ASC", SearchSort.orderBy(null));
    }

    @Test
    void shouldRefuseUnknownFieldsAndOrders() {
        assertEquals("Cannot sort by 'name': sortable fields are " + SearchField.names(),
                assertThrows(InvalidQueryException.class, () -> SearchSort.orderBy("name:ASC")).getMessage());
        assertEquals("Cannot sort startTime 'UP': the order is ASC or DESC",
                assertThrows(InvalidQueryException.class, () -> SearchSort.orderBy("startTime:UP")).getMessage());
    }
}
