package io.baton.workflowapi.metadata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/metadata on a real PostgreSQL, with Conductor's status codes and error bodies. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class MetadataResourceTest {

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static void registerTaskDef(String name) {
        given().contentType(ContentType.JSON).body("[{\"name\": \"" + name + "\", \"retryCount\": 2}]")
                .post("/api/metadata/taskdefs").then().statusCode(200);
    }

    private static String workflowDef(String name, int version, String taskName) {
        return """
                {"name": "%s", "version": %d, "description": "v%d",
                 "tasks": [{"name": "%s", "taskReferenceName": "first_ref", "type": "SIMPLE"}]}
                """.formatted(name, version, version, taskName);
    }

    @Test
    void shouldRegisterReadUpdateAndRemoveTaskDefs() {
        String name = unique("charge");
        registerTaskDef(name);

        given().get("/api/metadata/taskdefs/" + name).then().statusCode(200)
                .body("name", equalTo(name)).body("retryCount", equalTo(2))
                .body("createTime", notNullValue()).body("updateTime", nullValue());
        given().get("/api/metadata/taskdefs").then().statusCode(200).body("name", hasItem(name));

        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"retryCount\": 5}")
                .put("/api/metadata/taskdefs").then().statusCode(200);
        given().get("/api/metadata/taskdefs/" + name).then().statusCode(200)
                .body("retryCount", equalTo(5)).body("updateTime", notNullValue());

        given().delete("/api/metadata/taskdefs/" + name).then().statusCode(200);
        given().get("/api/metadata/taskdefs/" + name).then().statusCode(404)
                .body("status", equalTo(404)).body("message", equalTo("No such taskType found by name: " + name));
        given().delete("/api/metadata/taskdefs/" + name).then().statusCode(404);
    }

    @Test
    void shouldAnswer404WhenUpdatingAnUnknownTaskDef() {
        String name = unique("ghost");
        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .put("/api/metadata/taskdefs").then().statusCode(404).body("message", containsString(name));
    }

    @Test
    void shouldRefuseATaskDefWithoutANameNamingTheField() {
        String name = unique("fine");
        given().contentType(ContentType.JSON).body("[{\"name\": \"" + name + "\"}, {\"retryCount\": 1}]")
                .post("/api/metadata/taskdefs").then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", containsString("[1].name"))
                .body("validationErrors[0].path", equalTo("[1].name"))
                .body("validationErrors[0].message", equalTo("TaskDef name cannot be null or empty"));
        // nothing half-written: the valid one of the refused list is not registered
        given().get("/api/metadata/taskdefs/" + name).then().statusCode(404);
    }

    @Test
    void shouldKeepVersionsAndAnswerTheLatestWhenNoVersionIsGiven() {
        String task = unique("task");
        registerTaskDef(task);
        String name = unique("flow");
        given().contentType(ContentType.JSON).body(workflowDef(name, 1, task)).post("/api/metadata/workflow")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(workflowDef(name, 2, task)).post("/api/metadata/workflow")
                .then().statusCode(200);

        given().get("/api/metadata/workflow/" + name).then().statusCode(200)
                .body("version", equalTo(2)).body("description", equalTo("v2")).body("createTime", notNullValue());
        given().queryParam("version", 1).get("/api/metadata/workflow/" + name).then().statusCode(200)
                .body("version", equalTo(1)).body("tasks[0].taskReferenceName", equalTo("first_ref"));
        given().get("/api/metadata/workflow").then().statusCode(200).body("name", hasItem(name));

        given().delete("/api/metadata/workflow/" + name + "/2").then().statusCode(200);
        given().get("/api/metadata/workflow/" + name).then().statusCode(200).body("version", equalTo(1));
        given().delete("/api/metadata/workflow/" + name + "/2").then().statusCode(404);
    }

    @Test
    void shouldListNamesVersionsAndLatestVersionsWithoutTakingThemForADefinitionName() {
        String task = unique("task");
        registerTaskDef(task);
        String name = unique("flow");
        for (int version = 1; version <= 2; version++) {
            given().contentType(ContentType.JSON).body(workflowDef(name, version, task)).post("/api/metadata/workflow")
                    .then().statusCode(200);
        }

        given().get("/api/metadata/workflow/latest-versions").then().statusCode(200)
                .body("findAll { it.name == '%s' }.version".formatted(name), equalTo(List.of(2)))
                .body("findAll { it.name == '%s' }.description".formatted(name), equalTo(List.of("v2")));
        given().get("/api/metadata/workflow/names").then().statusCode(200).body("$", hasItem(name));
        given().get("/api/metadata/workflow/names-and-versions").then().statusCode(200)
                .body("'%s'.version".formatted(name), equalTo(List.of(1, 2)))
                .body("'%s'[0].createTime".formatted(name), notNullValue())
                .body("'%s'[0].tasks".formatted(name), nullValue());
        given().get("/api/metadata/workflow/" + name + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("name", everyItem(equalTo(name)));
        given().get("/api/metadata/workflow/" + unique("unknown") + "/versions").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void shouldAnswer404ForAnUnknownWorkflowDef() {
        String name = unique("nothing");
        given().get("/api/metadata/workflow/" + name).then().statusCode(404)
                .body("message", equalTo("No such workflow found by name: " + name + ", version: null"));
    }

    @Test
    void shouldRefuseADuplicateVersionWith409UnlessOverwriteIsAsked() {
        String task = unique("task");
        registerTaskDef(task);
        String name = unique("flow");
        given().contentType(ContentType.JSON).body(workflowDef(name, 1, task)).post("/api/metadata/workflow")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(workflowDef(name, 1, task).replace("\"v1\"", "\"changed\""))
                .post("/api/metadata/workflow").then().statusCode(409)
                .body("message", equalTo("Workflow with " + name + ".1 already exists!"));
        given().get("/api/metadata/workflow/" + name).then().body("description", equalTo("v1"));

        given().contentType(ContentType.JSON).body(workflowDef(name, 1, task).replace("\"v1\"", "\"changed\""))
                .queryParam("overwrite", true).post("/api/metadata/workflow").then().statusCode(200);
        given().get("/api/metadata/workflow/" + name).then()
                .body("description", equalTo("changed")).body("updateTime", notNullValue());
    }

    @Test
    void shouldCreateOrUpdateEveryDefinitionOfAPut() {
        String task = unique("task");
        registerTaskDef(task);
        String first = unique("flow");
        String second = unique("flow");
        given().contentType(ContentType.JSON).body(workflowDef(first, 1, task)).post("/api/metadata/workflow")
                .then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("[" + workflowDef(first, 1, task).replace("\"v1\"", "\"updated\"") + ","
                        + workflowDef(second, 1, task) + "]")
                .put("/api/metadata/workflow").then().statusCode(200)
                .body("bulkSuccessfulResults", hasItem(first)).body("bulkSuccessfulResults", hasItem(second));
        given().get("/api/metadata/workflow/" + first).then().body("description", equalTo("updated"));
        given().get("/api/metadata/workflow/" + second).then().statusCode(200);
    }

    @Test
    void shouldRefuseADefinitionWithADuplicateReferenceNamingIt() {
        String task = unique("task");
        registerTaskDef(task);
        String name = unique("flow");
        given().contentType(ContentType.JSON).body("""
                        {"name": "%s", "tasks": [
                          {"name": "%s", "taskReferenceName": "twice"},
                          {"name": "%s", "taskReferenceName": "twice"}]}
                        """.formatted(name, task, task))
                .post("/api/metadata/workflow").then().statusCode(400)
                .body("message", containsString("twice"))
                .body("validationErrors[0].path", equalTo("tasks[1].taskReferenceName"));
        given().get("/api/metadata/workflow/" + name).then().statusCode(404);
    }

    @Test
    void shouldAcceptAWorkerTaskWithoutATaskDefinitionAsConductorDoes() {
        String name = unique("flow");
        String task = unique("unregistered");
        given().contentType(ContentType.JSON).body(workflowDef(name, 1, task)).post("/api/metadata/workflow")
                .then().statusCode(200);
        given().get("/api/metadata/workflow/" + name).then().statusCode(200).body("tasks[0].name", equalTo(task));
    }

    @Test
    void shouldRefuseADefinitionWithoutANameOrTasks() {
        given().contentType(ContentType.JSON).body("{\"tasks\": []}").post("/api/metadata/workflow")
                .then().statusCode(400)
                .body("validationErrors.path", hasItem("name"))
                .body("validationErrors.path", hasItem("tasks"));
    }

    @Test
    void shouldAnswer400ToMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\": \"broken\", \"tasks\": [").post("/api/metadata/workflow")
                .then().statusCode(400).body("status", equalTo(400)).body("message", containsString("Malformed JSON"));
        given().contentType(ContentType.JSON).body("[{\"name\": ").post("/api/metadata/taskdefs")
                .then().statusCode(400).body("message", not(equalTo("")));
    }
}
