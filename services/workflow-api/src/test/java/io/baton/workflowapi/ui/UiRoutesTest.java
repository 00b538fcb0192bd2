package io.baton.workflowapi.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class UiRoutesTest {
    @Test
    void shouldServeThePageItsAssetsAndStillTheApi() {
        String page = given().get("/").then().statusCode(200)
                .header("Content-Type", startsWith("text/html")).header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<div id=\"app\">")).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        if (!script.find()) {
            throw new AssertionError("no script in the page:\n" + page);
        }
        given().get(script.group(1)).then().statusCode(200).header("Content-Type", startsWith("text/javascript"));
        given().get("/assets/missing.js").then().statusCode(404).body("message", equalTo("no UI file /assets/missing.js"));
        given().get("/api/metadata/workflow").then().statusCode(200);
    }
}
