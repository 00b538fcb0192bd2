package io.baton.workflowapi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    private static final SearchedTable WORKFLOWS = WorkflowSearch.WORKFLOWS;
    private final SqlParameters parameters = new SqlParameters();

    private String sql(String query) {
        return SearchQuery.toSql(query, WORKFLOWS, parameters).orElseThrow();
    }

    private String failure(String query) {
        return assertThrows(InvalidQueryException.class, () -> SearchQuery.toSql(query, WORKFLOWS, parameters)).getMessage();
    }

    @Test
    void shouldBindEveryValueOfConductorsExampleQuery() {
        assertEquals("(workflow_name IN ($1, $2) AND status IN ($3) AND create_time > $4)",
                sql("workflowType IN (a,b) AND status IN (RUNNING) AND startTime > 1700000000000"));
        assertEquals(List.of("a", "b", "RUNNING", 1700000000000L), parameters.values());
    }

    @Test
    void shouldGiveAndPrecedenceOverOrAndHonourParentheses() {
        assertEquals("(workflow_id = $1 OR (correlation_id = $2 AND workflow_version < $3))",
                sql("workflowId = w1 OR correlationId = c1 AND version < 3"));
        assertEquals("((workflow_id = $4 OR correlation_id = $5) AND workflow_version < $6)",
                sql("(workflowId = w1 OR correlationId = c1) AND version < 3"));
        assertEquals(List.of("w1", "c1", 3, "w1", "c1", 3), parameters.values());
    }

    @Test
    void shouldTakeQuotedValuesAndKeywordsInAnyCase() {
        assertEquals("(correlation_id = $1 AND status IN ($2, $3))",
                sql("correlationId=\"order 7, (retry)\" and status in ('failed', TIMED_OUT)"));
        assertEquals(List.of("order 7, (retry)", "FAILED", "TIMED_OUT"), parameters.values());
    }

    @Test
    void shouldKeepValuesOutOfTheSql() {
        String sql = sql("workflowType = \"x'; DROP TABLE decider.workflow; --\"");
        assertEquals("workflow_name = $1", sql);
        assertEquals(List.of("x'; DROP TABLE decider.workflow; --"), parameters.values());
    }

    @Test
    void shouldMatchAStarAsAnyCharactersAndOtherWildcardsLiterally() {
        assertEquals("workflow_name LIKE $1 ESCAPE '\\'", sql("workflowType = order_*"));
        assertEquals(List.of("order\\_%"), parameters.values());
    }

    @Test
    void shouldFilterTasksOnTheirStateAndTheirOwnStatuses() {
        assertEquals("((state ->> 'taskType') = $1 AND status IN ($2) AND ((state ->> 'updateTime')::bigint) > $3)",
                SearchQuery.toSql("taskType = encode AND status IN (scheduled) AND updateTime > 5", TaskSearch.TASKS,
                        parameters).orElseThrow());
        assertEquals(List.of("encode", "SCHEDULED", 5L), parameters.values());
        assertTrue(assertThrows(InvalidQueryException.class,
                () -> SearchQuery.toSql("status = RUNNING", TaskSearch.TASKS, parameters)).getMessage()
                .startsWith("Invalid query at character 10: 'RUNNING' is not a value of status: status is one of [IN_PROGRESS"));
    }

    @Test
    void shouldAnswerNothingForABlankQuery() {
        assertEquals(Optional.empty(), SearchQuery.toSql("  ", WORKFLOWS, parameters));
        assertEquals(Optional.empty(), SearchQuery.toSql(null, WORKFLOWS, parameters));
    }

    @Test
    void shouldSayWhereAQueryStopsMakingSense() {
        assertEquals("Invalid query at character 12: expected a value for status, found the end of the query",
                failure("status IN ("));
        assertEquals("Invalid query at character 1: unknown field 'foo'; fields are " + WORKFLOWS.names(),
                failure("foo = 1"));
        assertEquals("Invalid query at character 13: expected AND, OR or the end of the query, found 'status'",
                failure("version = 1 status = RUNNING"));
        assertEquals("Invalid query at character 13: expected ')', found the end of the query",
                failure("(version = 1"));
        assertEquals("Invalid query at character 11: '3pm' is not a value of startTime: startTime is epoch milliseconds",
                failure("startTime<3pm"));
        assertEquals("Invalid query at character 14: workflowType takes = or IN, not '>'", failure("workflowType > a"));
        assertEquals("Invalid query at character 10: the quote \" is never closed", failure("status = \"RUNNING"));
        assertEquals("Invalid query at character 9: expected =, >, < or IN after version, found 'LIKE'",
                failure("version LIKE 1"));
        assertTrue(failure("status = DONE").startsWith("Invalid query at character 10: 'DONE' is not a value of status"));
    }
}
