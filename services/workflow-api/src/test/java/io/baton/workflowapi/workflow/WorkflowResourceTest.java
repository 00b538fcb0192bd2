package io.baton.workflowapi.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.baton.service.trace.TraceParents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * /api/workflow on real Kafka and PostgreSQL: a start is a StartWorkflow command on baton.commands, read back here
 * with a plain consumer; reads come from the decider's tables, filled here by hand since no decider runs in this test.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;


    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Registers a task def and a workflow whose SIMPLE task and nested fork branch task both use it. */
    private static String registerWorkflow(String taskName) {
        given().contentType(ContentType.JSON).body("[{\"name\": \"" + taskName + "\", \"retryCount\": 4}]")
                .post("/api/metadata/taskdefs").then().statusCode(200);
        String name = unique("flow");
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 3, "inputTemplate": {"currency": "EUR", "amount": 1},
                 "tasks": [
                   {"name": "%s", "taskReferenceName": "first_ref", "inputParameters": {"x": "${workflow.input.x}"}},
                   {"name": "fork", "taskReferenceName": "fork_ref", "type": "FORK_JOIN",
                    "forkTasks": [[{"name": "%s", "taskReferenceName": "branch_ref"}]]},
                   {"name": "join", "taskReferenceName": "join_ref", "type": "JOIN", "joinOn": ["branch_ref"]}]}
                """.formatted(name, taskName, taskName)).post("/api/metadata/workflow").then().statusCode(200);
        return name;
    }

    private StartWorkflow readStartCommand(String workflowId) {
        ConsumerRecord<String, String> record = kafka().readUntil(Topics.COMMANDS, workflowId, WAIT, found -> !found.isEmpty())
                .getFirst();
        assertEquals(workflowId, record.key());
        return (StartWorkflow) Json.read(record.value(), WorkflowCommand.class);
    }

    @Test
    void shouldSendTheStartCommandInTheTraceOfTheRequest() {
        String name = registerWorkflow(unique("traced"));
        String traceparent = TraceParents.random();

        String workflowId = given().contentType(ContentType.JSON).header(TraceParents.HEADER, traceparent).body("{}")
                .post("/api/workflow/" + name).then().statusCode(200).extract().asString();

        TraceParents.assertSameTrace(traceparent,
                kafka().readUntil(Topics.COMMANDS, workflowId, WAIT, found -> !found.isEmpty()));
    }

    @Test
    void shouldPublishAStartWorkflowCommandWithTheCompletedDefinition() {
        String taskName = unique("charge");
        String name = registerWorkflow(taskName);

        String workflowId = given().contentType(ContentType.JSON).body("{\"x\": \"hello\", \"amount\": 5}")
                .queryParam("correlationId", "order-7").queryParam("priority", 3)
                .post("/api/workflow/" + name)
                .then().statusCode(200).contentType(ContentType.TEXT).extract().asString();

        StartWorkflow command = readStartCommand(workflowId);
        assertEquals(workflowId, command.workflowId());
        assertEquals(Map.of("x", "hello", "amount", 5, "currency", "EUR"), command.input());
        assertEquals("order-7", command.correlationId());
        assertEquals(3, command.priority());
        assertNull(command.parentWorkflowId());
        WorkflowDef definition = command.definition();
        assertEquals(name, definition.getName());
        assertEquals(3, definition.getVersion());
        WorkflowTask first = definition.getTasks().getFirst();
        assertEquals(4, first.getTaskDefinition().getRetryCount());
        WorkflowTask branch = definition.getTasks().get(1).getForkTasks().getFirst().getFirst();
        assertEquals(taskName, branch.getTaskDefinition().getName());
    }

    @Test
    void shouldStartFromAStartWorkflowRequestWithAnInlineDefinition() {
        String name = unique("adhoc");
        String workflowId = given().contentType(ContentType.JSON).body("""
                        {"name": "%s", "input": {"k": 1}, "createdBy": "tester",
                         "workflowDef": {"name": "%s", "tasks": [
                           {"name": "inline_worker", "taskReferenceName": "w_ref",
                            "taskDefinition": {"name": "inline_worker", "retryCount": 0}}]}}
                        """.formatted(name, name))
                .post("/api/workflow").then().statusCode(200).extract().asString();

        StartWorkflow command = readStartCommand(workflowId);
        assertEquals(Map.of("k", 1), command.input());
        assertEquals("tester", command.createdBy());
        assertEquals(0, command.definition().getTasks().getFirst().getTaskDefinition().getRetryCount());
    }

    @Test
    void shouldGiveTheSameIdToARetriedStartWithAnIdempotencyKey() {
        String name = registerWorkflow(unique("charge"));
        String request = "{\"name\": \"" + name + "\", \"idempotencyKey\": \"order-42\"}";

        String first = given().contentType(ContentType.JSON).body(request).post("/api/workflow")
                .then().statusCode(200).extract().asString();
        String second = given().contentType(ContentType.JSON).body(request).post("/api/workflow")
                .then().statusCode(200).extract().asString();
        String otherKey = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"idempotencyKey\": \"order-43\"}").post("/api/workflow")
                .then().statusCode(200).extract().asString();

        assertEquals(first, second);
        assertNotEquals(first, otherKey);
        assertEquals("order-42", readStartCommand(first).idempotencyKey());
    }

    @Test
    void shouldStartWithEmptyInputWhenThereIsNoBody() {
        String name = registerWorkflow(unique("charge"));
        String bare = given().post("/api/workflow/" + name).then().statusCode(200).extract().asString();
        assertEquals(Map.of("currency", "EUR", "amount", 1), readStartCommand(bare).input());
        String typedButEmpty = given().contentType(ContentType.JSON).post("/api/workflow/" + name)
                .then().statusCode(200).extract().asString();
        assertEquals(Map.of("currency", "EUR", "amount", 1), readStartCommand(typedButEmpty).input());
    }

    @Test
    void shouldAnswer404ToAStartOfAnUnknownWorkflow() {
        String name = unique("missing");
        given().contentType(ContentType.JSON).body("{}").queryParam("version", 2).post("/api/workflow/" + name)
                .then().statusCode(404).body("status", equalTo(404))
                .body("message", equalTo("No such workflow defined. name=" + name + ", version=2"));
    }

    @Test
    void shouldAnswer400ToAStartWithoutAName() {
        given().contentType(ContentType.JSON).body("{\"input\": {}}").post("/api/workflow")
                .then().statusCode(400).body("message", containsString("name"));
    }

    @Test
    void shouldAnswer400ToMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/workflow")
                .then().statusCode(400).body("message", containsString("Malformed JSON"));
        given().contentType(ContentType.JSON).body("{\"x\": ").post("/api/workflow/any_name")
                .then().statusCode(400).body("message", containsString("Malformed JSON"));
    }

    @Test
    void shouldAnswer400ToAnInlineDefinitionThatFailsValidation() {
        given().contentType(ContentType.JSON).body("""
                        {"name": "bad", "workflowDef": {"name": "bad", "tasks": [{"name": "no_ref", "type": "WAIT"}]}}
                        """)
                .post("/api/workflow").then().statusCode(400)
                .body("validationErrors[0].path", equalTo("tasks[0].taskReferenceName"));
    }

    @Test
    void shouldReadAWorkflowWithItsTasksFromTheDecidersTables() {
        String workflowId = UUID.randomUUID().toString();
        String name = unique("stored");
        insertWorkflow(workflowId, name, "RUNNING", "corr-" + workflowId);
        insertTask(workflowId, 2, "second_ref");
        insertTask(workflowId, 1, "first_ref");

        given().get("/api/workflow/" + workflowId).then().statusCode(200)
                .body("workflowId", equalTo(workflowId))
                .body("status", equalTo("RUNNING"))
                .body("workflowName", equalTo(name))
                .body("input.x", equalTo("hello"))
                .body("tasks.referenceTaskName", contains("first_ref", "second_ref"));
        given().queryParam("includeTasks", false).get("/api/workflow/" + workflowId).then().statusCode(200)
                .body("tasks", empty());
    }

    @Test
    void shouldServeTheStoredWorkflowAsTheModelWritesIt() throws Exception {
        // given: a workflow with tasks, stored as the decider stores it
        Workflow workflow = DeciderTables.workflow(UUID.randomUUID().toString(), unique("stored"), 1_700_000_000_000L);
        workflow.setInput(Map.of("text", "quote \" and unicode \u00e9", "amount", 12.5, "items", List.of(1, 2)));
        for (int seq = 1; seq <= 3; seq++) {
            Task task = new Task();
            task.setTaskId(UUID.randomUUID().toString());
            task.setSeq(seq);
            task.setReferenceTaskName("ref_" + seq);
            task.setTaskType("SIMPLE");
            task.setStatus(TaskStatus.COMPLETED);
            task.setOutputData(Map.of("n", seq));
            workflow.getTasks().add(task);
        }
        new DeciderTables(pool).insert(workflow);

        // when
        String served = given().get("/api/workflow/" + workflow.getWorkflowId()).then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();

        // then: the same JSON as the model's, key order and spacing aside
        assertEquals(Json.mapper().readTree(Json.write(workflow)), Json.mapper().readTree(served));
    }

    @Test
    void shouldListCorrelatedAndRunningWorkflows() {
        String name = unique("stored");
        String running = UUID.randomUUID().toString();
        String completed = UUID.randomUUID().toString();
        insertWorkflow(running, name, "RUNNING", "shared");
        insertWorkflow(completed, name, "COMPLETED", "shared");

        given().get("/api/workflow/" + name + "/correlated/shared").then().statusCode(200)
                .body("workflowId", contains(running));
        given().queryParam("includeClosed", true).get("/api/workflow/" + name + "/correlated/shared").then()
                .statusCode(200).body("workflowId", contains(running, completed));
        given().get("/api/workflow/running/" + name).then().statusCode(200).body("$", contains(running));
    }

    @Test
    void shouldAnswer404ForAnUnknownWorkflowId() {
        String workflowId = UUID.randomUUID().toString();
        given().get("/api/workflow/" + workflowId).then().statusCode(404)
                .body("message", equalTo("No such workflow found by id: " + workflowId));
    }

    private void insertWorkflow(String workflowId, String name, String status, String correlationId) {
        new DeciderTables(pool).insertWorkflow(workflowId, name, status, correlationId);
    }

    private void insertTask(String workflowId, int seq, String referenceName) {
        new DeciderTables(pool).insertTask(workflowId, seq, referenceName);
    }

    private KafkaProbe kafka() {
        return KafkaProbe.shared(bootstrapServers);
    }
}
