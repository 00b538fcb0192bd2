package io.baton.decider.core;

import static io.baton.decider.core.DoWhileTest.loop;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each way out of the script sandbox, tried at each place a decision runs a script: INLINE with either JavaScript
 * evaluator, a javascript SWITCH and a DO_WHILE's loopCondition. Each must fail its task with a reason that names
 * what stopped it, and the next script must still run.
 */
class SandboxEscapeTest {

    /** An escape and a part of the reason it must fail with. */
    private record Escape(String script, String reason) {
    }

    private static final List<Escape> ESCAPES = List.of(
            new Escape("Java.type('java.lang.Runtime').getRuntime().exec('id')", "host class"),
            new Escape("java.lang.Runtime.getRuntime().exec('id')", "getRuntime is not a function"),
            new Escape("Packages.java.lang.System.exit(1)", "exit is not a function"),
            new Escape("Polyglot.eval('js', '1 + 1')", "Polyglot"),
            new Escape("Polyglot.import('anything')", "Polyglot"),
            new Escape("load('/etc/passwd')", "load"),
            new Escape("require('fs').readFileSync('/etc/passwd')", "require"),
            new Escape("process.env.PATH", "process"),
            new Escape("readFully('/etc/passwd')", "readFully"),
            new Escape("fetch('http://localhost:8080/')", "fetch"),
            new Escape("new XMLHttpRequest()", "XMLHttpRequest"),
            new Escape("new Worker('w.js')", "Worker"),
            new Escape("new java.lang.Thread(() => 1).start()", "Access to host class java.lang.Thread is not allowed"),
            new Escape("this.constructor.constructor('return process')().env", "process is not defined"),
            new Escape("Object.getPrototypeOf($).constructor.constructor('return Java')().type('java.io.File')", "Access to host class java.io.File is not allowed"),
            new Escape("while (true) {}", "statements, its limit"),
            new Escape("function f() { return 1 + f(); } f()", "RangeError"),
            new Escape("let s = 'xx'; while (true) { s += s; } ", "RangeError"),
            new Escape("let a = []; while (true) { a.push(a.length); }", "statements, its limit"));

    private static final Map<String, Function<String, List<WorkflowTask>>> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("INLINE javascript", script -> List.of(inline("javascript", script)));
        PLACES.put("INLINE graaljs", script -> List.of(inline("graaljs", script)));
        PLACES.put("SWITCH javascript", script -> {
            WorkflowTask node = system(TaskType.SWITCH, "probe", Map.of());
            node.setEvaluatorType("javascript");
            node.setExpression(script);
            node.setDecisionCases(new LinkedHashMap<>(Map.of("x", List.of(system(TaskType.NOOP, "x", Map.of())))));
            return List.of(node);
        });
        PLACES.put("DO_WHILE loopCondition", script -> List.of(loop("probe", script, system(TaskType.NOOP, "body", Map.of()))));
    }

    private static WorkflowTask inline(String evaluator, String script) {
        return system(TaskType.INLINE, "probe", Map.of("evaluatorType", evaluator, "expression", script));
    }

    @TestFactory
    Stream<DynamicTest> everyEscapeFailsItsTaskAtEveryPlace() {
        List<DynamicTest> tests = new ArrayList<>();
        PLACES.forEach((place, node) -> ESCAPES.forEach(escape -> tests.add(DynamicTest.dynamicTest(
                place + ": " + escape.script(), () -> {
                    // when
                    WorkflowHarness harness = new WorkflowHarness().start(
                            definition(node.apply(escape.script()).toArray(WorkflowTask[]::new)), Map.of());

                    // then: the task failed saying why, the workflow with it, and scripts still run
                    Task probe = harness.latest("probe");
                    assertTrue(probe.getStatus() == TaskStatus.FAILED || probe.getStatus() == TaskStatus.FAILED_WITH_TERMINAL_ERROR,
                            () -> probe.getStatus() + " " + probe.getOutputData());
                    String reason = String.valueOf(probe.getReasonForIncompletion());
                    assertTrue(reason.contains(escape.reason()), reason);
                    assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
                    assertStillEvaluates();
                }))));
        return tests.stream();
    }

    @Test
    void shouldKeepWhatAScriptChangesOnSharedPrototypesToThatScript() {
        // given: one script pollutes Object.prototype and the prototype of the input it was given
        WorkflowHarness polluter = new WorkflowHarness().start(definition(inline("javascript",
                "Object.prototype.polluted = 'yes'; Object.getPrototypeOf($).admin = true; JSON.parse = null; 1")), Map.of());
        assertEquals(TaskStatus.COMPLETED, polluter.latest("probe").getStatus());

        // when: the next script looks for it
        WorkflowHarness next = new WorkflowHarness().start(definition(inline("graaljs",
                "[({}).polluted, $.admin, typeof JSON.parse]")), Map.of());

        // then: fresh globals, nothing carried over
        assertEquals(Arrays.asList(null, null, "function"),
                next.latest("probe").getOutputData().get("result"));
    }

    private static void assertStillEvaluates() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(inline("javascript", "1 + 1")), Map.of());
        assertEquals(TaskStatus.COMPLETED, harness.latest("probe").getStatus());
    }
}
