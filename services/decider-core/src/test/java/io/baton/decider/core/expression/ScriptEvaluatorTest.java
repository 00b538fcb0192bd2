package io.baton.decider.core.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptEvaluatorTest {
    private final ScriptEvaluator evaluator = ScriptEvaluator.standard();

    @Test
    void shouldSeeTheInputAsDollar() {
        assertEquals(true, evaluator.evaluate("$.value > 1", Map.of("value", 2)));
        assertEquals("ab", evaluator.evaluate("$.a + $.b", Map.of("a", "a", "b", "b")));
        assertEquals(5, evaluator.evaluate("(function () { return $.list.length + $.nested.x; })()",
                Map.of("list", List.of(1, 2, 3), "nested", Map.of("x", 2))));
    }

    @Test
    void shouldGiveNumbersAsJacksonReadsThem() {
        assertEquals(3, evaluator.evaluate("1 + 2", Map.of()));
        assertEquals(3, evaluator.evaluate("6 / 2", Map.of()));
        assertEquals(10_000_000_000L, evaluator.evaluate("1e10", Map.of()));
        assertEquals(2.5, evaluator.evaluate("5 / 2", Map.of()));
    }

    @Test
    void shouldGiveObjectsAndArraysAsMapsAndLists() {
        Object result = evaluator.evaluate("({name: $.who, tags: $.tags.map(t => t.toUpperCase()), none: null})",
                Map.of("who", "ann", "tags", List.of("a", "b")));
        Map<String, Object> expected = new HashMap<>();
        expected.put("name", "ann");
        expected.put("tags", List.of("A", "B"));
        expected.put("none", null);
        assertEquals(expected, result);
        assertEquals(List.of(1, "two", false), evaluator.evaluate("[1, 'two', false]", Map.of()));
        assertTrue((Boolean) evaluator.evaluate("Array.isArray($.tags)", Map.of("tags", List.of())));
    }

    @Test
    void shouldGiveNullForUndefinedAndForAFunction() {
        assertNull(evaluator.evaluate("$.missing", Map.of()));
        assertNull(evaluator.evaluate("undefined", Map.of()));
        assertNull(evaluator.evaluate("(function () {})", Map.of()));
        assertNull(evaluator.evaluate("$", null));
    }

    @Test
    void shouldLeaveTheCallersInputAsItWas() {
        Map<String, Object> input = new HashMap<>(Map.of("x", 1));
        evaluator.evaluate("$.x = 2; $.y = 3", input);
        assertEquals(Map.of("x", 1), input);
    }

    @Test
    void shouldStartEveryEvaluationWithFreshGlobals() {
        evaluator.evaluate("const seen = 1; globalThis.leak = 1", Map.of());
        assertEquals(2, evaluator.evaluate("const seen = 2; seen", Map.of()));
        assertEquals("undefined", evaluator.evaluate("typeof leak", Map.of()));
    }

    @Test
    void shouldNameASyntaxErrorAndItsLine() {
        ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class,
                () -> evaluator.evaluate("1 +\n+ )", Map.of()));
        assertTrue(e.getMessage().startsWith("Error evaluating the script `SyntaxError"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 2"), e.getMessage());
        assertTrue(e.terminal());
    }

    @Test
    void shouldCheckASyntaxWithoutRunningTheScript() {
        evaluator.check("$.payload.kind == 'refund' && $.payload.amount > 0");
        evaluator.check("while (true) {}");
        evaluator.check("throw new Error('only when run')");
        ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class, () -> evaluator.check("$.a ==\n)"));
        assertTrue(e.getMessage().startsWith("Error evaluating the script `SyntaxError"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 2"), e.getMessage());
        assertThrows(ScriptEvaluationException.class, () -> evaluator.check(null));
    }

    @Test
    void shouldCarryTheMessageOfAThrownError() {
        ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class,
                () -> evaluator.evaluate("throw new Error('no ' + $.what)", Map.of("what", "way")));
        assertEquals("Error evaluating the script `Error: no way`", e.getMessage());
        assertThrows(ScriptEvaluationException.class, () -> evaluator.evaluate("$.a.b.c", Map.of()));
        ScriptEvaluationException deep = assertThrows(ScriptEvaluationException.class,
                () -> evaluator.evaluate("function f() { return 1 + f(); } f()", Map.of()));
        assertTrue(deep.getMessage().startsWith("Error evaluating the script `RangeError"), deep.getMessage());
    }

    @Test
    void shouldStopAnInfiniteLoopAtTheStatementLimit() {
        ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class,
                () -> evaluator.evaluate("while (true) {}", Map.of()));
        assertEquals("Script stopped after 1000000 statements, its limit", e.getMessage());
        assertTrue(e.terminal());
        assertEquals(1, evaluator.evaluate("1", Map.of()), "the engine still evaluates after a stopped script");
    }

    @Test
    void shouldStopAScriptAtTheTimeLimitWhenItStaysUnderTheStatementLimit() {
        ScriptEvaluator quick = new ScriptEvaluator(new ScriptLimits(Duration.ofMillis(200), Long.MAX_VALUE, 100));
        ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class,
                () -> quick.evaluate("while (true) {}", Map.of()));
        assertEquals("Script not evaluated within 200 ms, interrupted.", e.getMessage());
        assertFalse(e.terminal());
        assertEquals(1, quick.evaluate("1", Map.of()));
    }

    @Test
    void shouldDenyEveryWayToTheHost() {
        for (String escape : List.of("Java.type('java.lang.System')", "java.lang.System.exit(1)",
                "Polyglot.eval('js', '1')", "load('/etc/passwd')", "new Packages.java.io.File('/etc/passwd').exists()",
                "new java.lang.Thread(() => 1).start()")) {
            assertThrows(ScriptEvaluationException.class, () -> evaluator.evaluate(escape, Map.of()), escape);
        }
    }

    @Test
    void shouldRefuseAStringLongerThanItsLimitInsteadOfFillingTheHeap() {
        for (String bomb : List.of("'x'.repeat(1 << 25).length", "let s = 'xx'; for (let i = 0; i < 30; i++) s += s; s.length")) {
            ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class,
                    () -> evaluator.evaluate(bomb, Map.of()), bomb);
            assertTrue(e.getMessage().startsWith("Error evaluating the script `RangeError"), e.getMessage());
        }
        assertEquals(1 << 20, evaluator.evaluate("'x'.repeat(1 << 20).length", Map.of()));
    }

    @Test
    void shouldRefuseAResultLongerThanItsLimit() {
        ScriptEvaluator small = new ScriptEvaluator(new ScriptLimits(Duration.ofSeconds(4), 1000, 12));
        assertEquals("1234567890", small.evaluate("'1234567890'", Map.of()));
        ScriptEvaluationException e = assertThrows(ScriptEvaluationException.class,
                () -> small.evaluate("['1234567890']", Map.of()));
        assertEquals("Script result is 14 characters of JSON, more than its limit of 12 (baton.scripts.result-max-length)",
                e.getMessage());
        assertTrue(e.terminal());
    }

    @Test
    void shouldDiscardConsoleOutput() {
        assertEquals(1, evaluator.evaluate("console.log('hidden'); 1", Map.of()));
    }

    @Test
    void shouldKeepTheStandardLimitsOnceTheStandardEvaluatorIsInUse() {
        ScriptEvaluator.standard();
        ScriptEvaluator.setStandardLimits(ScriptLimits.DEFAULT);
        assertThrows(IllegalStateException.class,
                () -> ScriptEvaluator.setStandardLimits(new ScriptLimits(Duration.ofSeconds(1), 10, 10)));
    }
}
