package io.baton.decider.core.expression;

/** Finds where a {@code ${...}} expression ends, counting nested expressions. */
final class ExpressionScanner {
    private ExpressionScanner() {
    }

    /**
     * @param start index of the {@code $} that opens the expression, or 0 to look at the text's first expression
     * @return the index of the matching {@code }}, or -1 when the expression is not closed
     */
    static int closingBrace(String text, int start) {
        int open = text.indexOf("${", start);
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
