package io.baton.workflowapi.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WorkflowIdsTest {
    @Test
    void shouldDeriveTheSameIdFromTheSameNameAndKey() {
        assertEquals(WorkflowIds.forStart("order", "k1"), WorkflowIds.forStart("order", "k1"));
        assertNotEquals(WorkflowIds.forStart("order", "k1"), WorkflowIds.forStart("order", "k2"));
        assertNotEquals(WorkflowIds.forStart("order", "k1"), WorkflowIds.forStart("refund", "k1"));
    }

    @Test
    void shouldMakeAFreshIdWithoutAKey() {
        assertNotEquals(WorkflowIds.forStart("order", null), WorkflowIds.forStart("order", null));
        assertNotEquals(WorkflowIds.forStart("order", " "), WorkflowIds.forStart("order", " "));
    }
}
