package io.baton.faults;

import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.run.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a run left behind, against what it promised: every acknowledged start COMPLETED with its expected output,
 * no task handed out twice, no step applied twice in any workflow's history, no sub-workflow started twice.
 *
 * @param started       acknowledged starts
 * @param completed     COMPLETED with the expected output
 * @param lost          never written, ended otherwise than COMPLETED, or COMPLETED with another output
 * @param duplicated    task ids handed out more than once, steps applied twice, sub-workflows started twice
 * @param stuck         still running when the run gave up waiting
 * @param kills         processes killed with SIGKILL and restarted
 * @param problems      one line per lost, duplicated or stuck finding
 */
record Verdict(int started, int completed, int lost, int duplicated, int stuck, int kills, List<String> problems) {

    boolean clean() {
        return lost == 0 && duplicated == 0 && stuck == 0 && completed == started;
    }

    String counts() {
        return "started " + started + ", completed " + completed + ", lost " + lost + ", duplicated " + duplicated
                + ", stuck " + stuck + " (kills " + kills + ")";
    }

    /**
     * @param read reads a workflow by id, for the children named by SUB_WORKFLOW tasks
     */
    static Verdict of(WorkflowLoad load, RecordingWorkers workers, int kills, Function<String, Workflow> read) {
        List<String> problems = new ArrayList<>();
        Map<Integer, Workflow> ended = new TreeMap<>(load.ended());
        int completed = 0;
        int lost = 0;
        int duplicated = 0;
        for (Map.Entry<Integer, Workflow> entry : ended.entrySet()) {
            int n = entry.getKey();
            Workflow workflow = entry.getValue();
            if (workflow.getStatus() == Workflow.WorkflowStatus.COMPLETED
                    && numbers(workflow.getOutput()).equals(numbers(FaultFlow.expectedOutput(n)))) {
                completed++;
            } else {
                lost++;
                problems.add("lost: workflow " + n + " (" + workflow.getWorkflowId() + ") ended " + workflow.getStatus()
                        + " with " + workflow.getOutput() + ": " + workflow.getReasonForIncompletion());
            }
            List<String> twice = stepsAppliedTwice(workflow);
            workflow.getTasks().stream().filter(t -> t.getSubWorkflowId() != null).findFirst()
                    .ifPresent(sub -> twice.addAll(stepsAppliedTwice(read.apply(sub.getSubWorkflowId()))));
            if (!twice.isEmpty()) {
                duplicated++;
                problems.add("duplicated: workflow " + n + " (" + workflow.getWorkflowId() + ") applied twice: " + twice);
            }
        }
        Map<Integer, Workflow> notEnded = new TreeMap<>(load.notEnded());
        int stuck = 0;
        for (Map.Entry<Integer, Workflow> entry : notEnded.entrySet()) {
            Workflow last = entry.getValue();
            if (last.getWorkflowId() == null) {
                lost++;
                problems.add("lost: workflow " + entry.getKey() + " (" + load.started().get(entry.getKey())
                        + ") was acknowledged but never found");
            } else {
                stuck++;
                problems.add("stuck: workflow " + entry.getKey() + " (" + last.getWorkflowId() + ") still "
                        + last.getStatus() + " at " + last.getTasks().stream()
                        .map(t -> t.getReferenceTaskName() + "=" + t.getStatus()).toList());
            }
        }
        for (Map.Entry<String, List<Long>> repeated : workers.repeatedDeliveries().entrySet()) {
            duplicated++;
            problems.add("duplicated: task " + repeated.getKey() + " handed out and run " + repeated.getValue().size()
                    + " times, at " + repeated.getValue() + underLease(repeated.getValue()));
        }
        for (Map.Entry<String, Set<String>> several : workers.parentsWithSeveralChildren().entrySet()) {
            duplicated++;
            problems.add("duplicated: workflow " + several.getKey() + " ran sub-workflows " + several.getValue());
        }
        return new Verdict(load.started().size(), completed, lost, duplicated, stuck, kills, List.copyOf(problems));
    }

    /** Task references with more than one COMPLETED task: a step the decider applied twice. */
    private static List<String> stepsAppliedTwice(Workflow workflow) {
        Map<String, Long> completedByRef = workflow.getTasks().stream()
                .filter(t -> t.getStatus() == Task.Status.COMPLETED)
                .collect(Collectors.groupingBy(Task::getReferenceTaskName, Collectors.counting()));
        List<String> twice = new ArrayList<>();
        completedByRef.forEach((ref, count) -> {
            if (count > 1) {
                twice.add(workflow.getWorkflowId() + "/" + ref + " x" + count);
            }
        });
        return twice;
    }

    /** Whether a repeat came while the earlier hand-out's response timeout (its lease) still ran. */
    private static String underLease(List<Long> times) {
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) - times.get(i - 1) < FaultFlow.RESPONSE_TIMEOUT_SECONDS * 1000L) {
                return ", while the earlier hand-out's lease was live";
            }
        }
        return "";
    }

    private static Map<String, Long> numbers(Map<String, Object> output) {
        Map<String, Long> numbers = new TreeMap<>();
        if (output == null) {
            return numbers;
        }
        output.forEach((key, value) -> numbers.put(key, value instanceof Number number ? number.longValue() : null));
        return numbers;
    }
}
