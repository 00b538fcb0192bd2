package io.baton.workflowapi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchSortTest {
    @Test
    void shouldOrderByTheNamedFieldsThenTheWorkflowId() {
        assertEquals("create_time DESC, workflow_name ASC, workflow_id ASC",
                SearchSort.orderBy("startTime:DESC|workflowType", WorkflowSearch.WORKFLOWS));
        assertEquals("update_time ASC, workflow_id ASC", SearchSort.orderBy("updateTime:asc", WorkflowSearch.WORKFLOWS));
    }

    @Test
    void shouldOrderOldestFirstWithoutASort() {
        assertEquals("create_time ASC, workflow_id ASC", SearchSort.orderBy(null, WorkflowSearch.WORKFLOWS));
        assertEquals("((state ->> 'scheduledTime')::bigint) ASC, task_id ASC", SearchSort.orderBy(" ", TaskSearch.TASKS));
    }

    @Test
    void shouldRefuseUnknownFieldsAndOrders() {
        assertEquals("Cannot sort by 'name': sortable fields are " + WorkflowSearch.WORKFLOWS.names(),
                assertThrows(InvalidQueryException.class, () -> SearchSort.orderBy("name:ASC", WorkflowSearch.WORKFLOWS)).getMessage());
        assertEquals("Cannot sort startTime 'UP': the order is ASC or DESC",
                assertThrows(InvalidQueryException.class, () -> SearchSort.orderBy("startTime:UP", WorkflowSearch.WORKFLOWS)).getMessage());
    }
}
