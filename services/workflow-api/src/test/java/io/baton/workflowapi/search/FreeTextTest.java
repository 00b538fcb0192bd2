package io.baton.workflowapi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeTextTest {
    private final SqlParameters parameters = new SqlParameters();

    @Test
    void shouldMatchEverythingForAStar() {
        assertEquals(Optional.empty(), FreeText.toSql("*", WorkflowSearch.WORKFLOWS, parameters));
        assertEquals(Optional.empty(), FreeText.toSql("", TaskSearch.TASKS, parameters));
    }

    @Test
    void shouldFindTheTextLiterallyAnywhereInTheSearchedColumns() {
        String matches = TaskSearch.TASKS.freeText() + " ILIKE $1 ESCAPE '\\'";
        assertEquals(Optional.of("(status NOT IN ('IN_PROGRESS', 'SCHEDULED') AND " + matches
                        + " OR status IN ('IN_PROGRESS', 'SCHEDULED') AND " + matches + ")"),
                FreeText.toSql(" 100%_sure ", TaskSearch.TASKS, parameters));
        assertEquals(List.of("%100\\%\\_sure%"), parameters.values());
    }
}
