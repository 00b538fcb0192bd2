package io.baton.service.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.model.json.Json;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Makes the REST layer read and write JSON exactly as the Kafka messages and Conductor do. */
@Singleton
public class BatonObjectMapperCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}
