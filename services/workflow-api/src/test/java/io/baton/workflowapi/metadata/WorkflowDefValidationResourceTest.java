package io.baton.workflowapi.metadata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/metadata/workflow/validate: a registration's checks, with nothing registered. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowDefValidationResourceTest {

    @Test
    void shouldAcceptAValidDefinitionWithoutRegisteringIt() {
        String name = "validated_" + UUID.randomUUID().toString().replace("-", "");
        given().contentType(ContentType.JSON).body("""
                        {"name": "%s", "tasks": [{"name": "work", "taskReferenceName": "work_ref"}]}
                        """.formatted(name))
                .post("/api/metadata/workflow/validate").then().statusCode(200).body(emptyString());
        given().get("/api/metadata/workflow/" + name).then().statusCode(404);
    }

    @Test
    void shouldNameEveryProblemOfAnInvalidDefinition() {
        given().contentType(ContentType.JSON).body("""
                        {"tasks": [{"name": "work", "taskReferenceName": "twice"},
                                   {"name": "work", "taskReferenceName": "twice"}]}
                        """)
                .post("/api/metadata/workflow/validate").then().statusCode(400)
                .body("validationErrors.path", hasItem("name"))
                .body("validationErrors.path", hasItem("tasks[1].taskReferenceName"));
        given().contentType(ContentType.JSON).post("/api/metadata/workflow/validate").then().statusCode(400)
                .body("validationErrors[0].path", equalTo("workflowDef"));
    }

    @Test
    void shouldRefuseAForkWiderThanTheConfiguredDefaultLimit() {
        String branches = String.join(", ", Collections.nCopies(1001, "[]"));
        given().contentType(ContentType.JSON).body("""
                        {"name": "wide", "tasks": [{"name": "fork", "taskReferenceName": "fork_ref", "type": "FORK_JOIN",
                                                    "forkTasks": [%s]}]}
                        """.formatted(branches))
                .post("/api/metadata/workflow/validate").then().statusCode(400)
                .body("validationErrors.message", hasItem("FORK_JOIN fork_ref has 1001 branches, more than the limit"
                        + " of 1000 (baton.limits.fork-width-max)"));
    }
}
