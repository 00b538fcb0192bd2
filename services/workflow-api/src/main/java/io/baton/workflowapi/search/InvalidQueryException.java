package io.baton.workflowapi.search;

/** A search query, sort or free text that cannot be understood; the message says where and why. Answered as a 400. */
public class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
