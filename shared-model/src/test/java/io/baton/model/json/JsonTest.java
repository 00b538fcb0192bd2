package io.baton.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.model.task.Task;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void nullPropertiesAreLeftOut() {
        Task task = new Task();
        task.setTaskId("t1");

        assertEquals(false, Json.write(task).contains("\"reasonForIncompletion\""));
    }

    @Test
    void nullValuesInsideMapsAreKeptAsConductorKeepsThem() {
        Map<String, Object> input = new HashMap<>();
        input.put("absent", null);
        Task task = new Task();
        task.setInputData(input);

        assertEquals("{\"absent\":null}", Json.mapper().valueToTree(task).path("inputData").toString());
    }
}
