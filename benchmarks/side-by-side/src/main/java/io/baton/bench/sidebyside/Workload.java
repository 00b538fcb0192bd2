package io.baton.bench.sidebyside;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.bench.cluster.BatonApi;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One shape of workflow the benchmark offers: its definitions (registered under a run's suffix), the input of the
 * k-th run, and the output only a correct engine produces for it. Every SIMPLE task is the one worker type
 * {@code bench_inc_<suffix>}, which answers {@code n + 1}.
 *
 * @param tasksPerWorkflow the tasks one run executes, counted as task transitions (system tasks included)
 * @param byEvent          started by a Kafka message through an event handler rather than by the start API
 */
record Workload(String name, String description, int tasksPerWorkflow, boolean byEvent) {
    static final List<Workload> ALL = List.of(
            new Workload("seq3", "3 sequential SIMPLE tasks", 3, false),
            new Workload("seq10", "10 sequential SIMPLE tasks", 10, false),
            new Workload("fork10", "FORK_JOIN of 10 SIMPLE branches + JOIN", 12, false),
            new Workload("loop20", "DO_WHILE of 20 iterations of INLINE", 21, false),
            new Workload("sub3", "SUB_WORKFLOW chain of depth 3 ending in a SIMPLE task", 4, false),
            new Workload("event3", "Kafka event starts 3 sequential SIMPLE tasks", 3, true));
    private static final int FORK_BRANCHES = 10;
    private static final int LOOP_ITERATIONS = 20;
    private static final int SUB_DEPTH = 3;

    static Workload named(String name) {
        return ALL.stream().filter(w -> w.name.equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown workload " + name + "; known: "
                        + ALL.stream().map(Workload::name).toList()));
    }

    static String taskType(String suffix) {
        return "bench_inc_" + suffix;
    }

    /** The name of the workflow a run starts. */
    String workflowName(String suffix) {
        return "bench_" + name + "_" + suffix;
    }

    /** Registers the task definition and this workload's workflow definitions (children first). */
    void register(BatonApi api, String suffix) {
        api.post("/metadata/taskdefs", """
                [{"name": "%s", "retryCount": 0, "timeoutSeconds": 1200, "responseTimeoutSeconds": 600,
                  "ownerEmail": "bench@example.com"}]""".formatted(taskType(suffix)));
        for (String definition : definitions(suffix)) {
            api.post("/metadata/workflow", definition);
        }
    }

    String input(int k) {
        return "{\"n\": " + k + "}";
    }

    /** Whether the run with input k ended COMPLETED with the output this workload must produce. */
    boolean verify(JsonNode workflow, int k) {
        if (!"COMPLETED".equals(workflow.path("status").asText())) {
            return false;
        }
        JsonNode output = workflow.path("output");
        return switch (name) {
            case "seq3", "event3" -> output.path("n").asInt(-1) == k + 3;
            case "seq10" -> output.path("n").asInt(-1) == k + 10;
            case "fork10" -> {
                for (int b = 0; b < FORK_BRANCHES; b++) {
                    if (output.path("b" + b).asInt(-1) != k + 1) {
                        yield false;
                    }
                }
                yield true;
            }
            case "loop20" -> output.path("iterations").asInt(-1) == LOOP_ITERATIONS;
            case "sub3" -> output.path("n").asInt(-1) == k + 1;
            default -> throw new IllegalStateException(name);
        };
    }

    private List<String> definitions(String suffix) {
        String inc = taskType(suffix);
        return switch (name) {
            case "seq3", "event3" -> List.of(sequential(workflowName(suffix), inc, 3));
            case "seq10" -> List.of(sequential(workflowName(suffix), inc, 10));
            case "fork10" -> List.of(fork(workflowName(suffix), inc));
            case "loop20" -> List.of(workflow(workflowName(suffix), """
                    {"name": "loop", "taskReferenceName": "loop", "type": "DO_WHILE", "inputParameters": {},
                     "loopCondition": "$.loop['iteration'] < %d",
                     "loopOver": [{"name": "square", "taskReferenceName": "square", "type": "INLINE",
                       "inputParameters": {"evaluatorType": "graaljs", "n": "${workflow.input.n}",
                                           "expression": "$.n * $.n"}}]}""".formatted(LOOP_ITERATIONS),
                    "{\"iterations\": \"${loop.output.iteration}\"}"));
            case "sub3" -> subWorkflowChain(suffix, inc);
            default -> throw new IllegalStateException(name);
        };
    }

    private static String sequential(String workflowName, String inc, int steps) {
        StringJoiner tasks = new StringJoiner(",\n");
        for (int i = 1; i <= steps; i++) {
            String from = i == 1 ? "${workflow.input.n}" : "${t" + (i - 1) + ".output.n}";
            tasks.add(simple(inc, "t" + i, from));
        }
        return workflow(workflowName, tasks.toString(), "{\"n\": \"${t" + steps + ".output.n}\"}");
    }

    private static String fork(String workflowName, String inc) {
        List<String> branches = new ArrayList<>();
        StringJoiner joinOn = new StringJoiner(", ");
        StringJoiner output = new StringJoiner(", ");
        for (int b = 0; b < FORK_BRANCHES; b++) {
            branches.add("[" + simple(inc, "b" + b, "${workflow.input.n}") + "]");
            joinOn.add("\"b" + b + "\"");
            output.add("\"b" + b + "\": \"${b" + b + ".output.n}\"");
        }
        String tasks = """
                {"name": "fork", "taskReferenceName": "fork", "type": "FORK_JOIN", "forkTasks": [%s]},
                {"name": "join", "taskReferenceName": "join", "type": "JOIN", "joinOn": [%s]}"""
                .formatted(String.join(", ", branches), joinOn);
        return workflow(workflowName, tasks, "{" + output + "}");
    }

    /** The deepest child runs the SIMPLE task; each parent passes n down and the answer up. */
    private List<String> subWorkflowChain(String suffix, String inc) {
        List<String> definitions = new ArrayList<>();
        String child = "bench_sub3_level" + SUB_DEPTH + "_" + suffix;
        definitions.add(workflow(child, simple(inc, "leaf", "${workflow.input.n}"), "{\"n\": \"${leaf.output.n}\"}"));
        for (int level = SUB_DEPTH - 1; level >= 0; level--) {
            String parent = level == 0 ? workflowName(suffix) : "bench_sub3_level" + level + "_" + suffix;
            definitions.add(workflow(parent, """
                    {"name": "call", "taskReferenceName": "call%d", "type": "SUB_WORKFLOW",
                     "inputParameters": {"n": "${workflow.input.n}"},
                     "subWorkflowParam": {"name": "%s", "version": 1}}""".formatted(level, child),
                    "{\"n\": \"${call" + level + ".output.n}\"}"));
            child = parent;
        }
        return definitions;
    }

    private static String simple(String inc, String ref, String from) {
        return """
                {"name": "%s", "taskReferenceName": "%s", "type": "SIMPLE", "inputParameters": {"n": "%s"}}"""
                .formatted(inc, ref, from);
    }

    private static String workflow(String name, String tasks, String output) {
        return """
                {"name": "%s", "version": 1, "schemaVersion": 2, "ownerEmail": "bench@example.com",
                 "timeoutSeconds": 0, "tasks": [%s], "outputParameters": %s}""".formatted(name, tasks, output);
    }
}
