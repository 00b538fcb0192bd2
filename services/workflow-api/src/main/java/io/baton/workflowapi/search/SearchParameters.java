package io.baton.workflowapi.search;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every Conductor search endpoint takes, workflows' and tasks' alike. */
public class SearchParameters {
    /** Conductor's limit on one page of search results. */
    static final int MAX_SIZE = 5_000;
    /** The 400 every search endpoint answers, in their API documentation. */
    static final String INVALID = "The query, sort or paging cannot be understood; the message says at which character";

    @QueryParam("start")
    @DefaultValue("0")
    @Parameter(description = "How many matches to skip")
    public int start;

    @QueryParam("size")
    @DefaultValue("100")
    @Parameter(description = "How many matches to answer, at most " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Parameter(description = "field:ASC|DESC, several separated by |")
    public String sort;

    @QueryParam("freeText")
    @DefaultValue("*")
    @Parameter(description = "Text to find, ignoring case, in the ids, correlation id, input or output; * for all")
    public String freeText;

    @QueryParam("query")
    @Parameter(description = "Conditions on the fields with =, IN (a,b), > and <, joined by AND / OR with parentheses, "
            + "e.g. workflowType IN (a,b) AND status IN (RUNNING) AND startTime > 1700000000000")
    public String query;
}
