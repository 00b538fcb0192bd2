package io.baton.workflowapi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Conductor's search query grammar, turned into a parameterised SQL condition on one of the decider's tables:
 * <pre>
 * query   = or
 * or      = and { OR and }
 * and     = primary { AND primary }
 * primary = "(" or ")" | field "=" value | field "&gt;" value | field "&lt;" value | field IN "(" value { "," value } ")"
 * value   = word | "double quoted" | 'single quoted'
 * </pre>
 * Keywords are case-insensitive; fields are those of the {@link SearchedTable}; {@code *} in a text value compared with
 * {@code =} matches any characters. Every value is bound as a parameter, never written into the SQL.
 */
public final class SearchQuery {
    private enum Type { WORD, QUOTED, OPEN, CLOSE, COMMA, EQUALS, GREATER, LESS, END }

    private record Token(Type type, String text, int position) {
        boolean isKeyword(String keyword) {
            return type == Type.WORD && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return type == Type.END ? "the end of the query" : "'" + text + "'";
        }
    }

    private final List<Token> tokens;
    private final SearchedTable table;
    private final SqlParameters parameters;
    private int next;

    private SearchQuery(List<Token> tokens, SearchedTable table, SqlParameters parameters) {
        this.tokens = tokens;
        this.table = table;
        this.parameters = parameters;
    }

    /**
     * The query as an SQL condition whose values are bound in {@code parameters}; empty for a blank query.
     *
     * @throws InvalidQueryException saying at which character the query stopped making sense
     */
    public static Optional<String> toSql(String query, SearchedTable table, SqlParameters parameters) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        SearchQuery parser = new SearchQuery(tokenize(query), table, parameters);
        String condition = parser.or();
        parser.expect(Type.END, "AND, OR or the end of the query");
        return Optional.of(condition);
    }

    private String or() {
        return joined("OR", this::and);
    }

    private String and() {
        return joined("AND", this::primary);
    }

    /** One operand, or several joined by the keyword and parenthesised. */
    private String joined(String keyword, Supplier<String> operand) {
        List<String> operands = new ArrayList<>(List.of(operand.get()));
        while (peek().isKeyword(keyword)) {
            next++;
            operands.add(operand.get());
        }
        return operands.size() == 1 ? operands.getFirst() : "(" + String.join(" " + keyword + " ", operands) + ")";
    }

    private String primary() {
        if (peek().type() == Type.OPEN) {
            next++;
            String inner = or();
            expect(Type.CLOSE, "')'");
            return inner;
        }
        Token name = expect(Type.WORD, "a field (" + table.names() + ") or '('");
        SearchField field = table.named(name.text());
        if (field == null) {
            throw invalid(name, "unknown field " + name.describe() + "; fields are " + table.names());
        }
        Token operator = peek();
        next++;
        return switch (operator.type()) {
            case EQUALS -> equalTo(field, value(field));
            case GREATER, LESS -> {
                if (!field.ordered()) {
                    throw invalid(operator, field.name() + " takes = or IN, not " + operator.describe());
                }
                yield field.column() + " " + operator.text() + " " + parameters.bind(value(field).bound());
            }
            case WORD -> {
                if (!operator.isKeyword("IN")) {
                    throw invalid(operator, "expected =, >, < or IN after " + field.name() + ", found " + operator.describe());
                }
                yield in(field);
            }
            default -> throw invalid(operator, "expected =, >, < or IN after " + field.name() + ", found "
                    + operator.describe());
        };
    }

    private String in(SearchField field) {
        expect(Type.OPEN, "'(' after IN");
        List<String> placeholders = new ArrayList<>();
        do {
            placeholders.add(parameters.bind(value(field).bound()));
        } while (accept(Type.COMMA));
        expect(Type.CLOSE, "',' or ')'");
        return field.column() + " IN (" + String.join(", ", placeholders) + ")";
    }

    private String equalTo(SearchField field, Value value) {
        if (value.token().type() == Type.WORD && value.token().text().contains("*") && value.bound() instanceof String text) {
            return field.column() + " LIKE " + parameters.bind(likePattern(text)) + " ESCAPE '\\'";
        }
        return field.column() + " = " + parameters.bind(value.bound());
    }

    /** A value as written and as its field's column holds it. */
    private record Value(Token token, Object bound) {
    }

    private Value value(SearchField field) {
        Token token = peek();
        if (token.type() != Type.WORD && token.type() != Type.QUOTED) {
            throw invalid(token, "expected a value for " + field.name() + ", found " + token.describe());
        }
        next++;
        try {
            return new Value(token, field.value(token.text()));
        } catch (IllegalArgumentException e) {
            throw invalid(token, token.describe() + " is not a value of " + field.name() + ": " + e.getMessage());
        }
    }

    /** {@code *} matches anything; LIKE's own wildcards in the value are taken literally. */
    private static String likePattern(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('*', '%');
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean accept(Type type) {
        if (peek().type() == type) {
            next++;
            return true;
        }
        return false;
    }

    private Token expect(Type type, String expectation) {
        Token token = peek();
        if (token.type() != type) {
            throw invalid(token, "expected " + expectation + ", found " + token.describe());
        }
        next++;
        return token;
    }

    private static InvalidQueryException invalid(Token at, String problem) {
        return invalid(at.position(), problem);
    }

    private static InvalidQueryException invalid(int position, String problem) {
        return new InvalidQueryException("Invalid query at character " + (position + 1) + ": " + problem);
    }

    private static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            Type single = switch (c) {
                case '(' -> Type.OPEN;
                case ')' -> Type.CLOSE;
                case ',' -> Type.COMMA;
                case '=' -> Type.EQUALS;
                case '>' -> Type.GREATER;
                case '<' -> Type.LESS;
                default -> null;
            };
            if (single != null) {
                tokens.add(new Token(single, String.valueOf(c), at));
                at++;
            } else if (c == '"' || c == '\'') {
                int close = query.indexOf(c, at + 1);
                if (close < 0) {
                    throw invalid(at, "the quote " + c + " is never closed");
                }
                tokens.add(new Token(Type.QUOTED, query.substring(at + 1, close), at));
                at = close + 1;
            } else {
                int end = at;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end))
                        && "()=<>,\"'".indexOf(query.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(new Token(Type.WORD, query.substring(at, end), at));
                at = end;
            }
        }
        tokens.add(new Token(Type.END, "", query.length()));
        return tokens;
    }
}
