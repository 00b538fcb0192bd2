package io.baton.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads every {@code conformance/cases/*.json}, sorted by name. A misspelt field fails the read. */
public final class ConformanceCases {
    private static final String FOLDER_PROPERTY = "conformance.cases";
    private static final ObjectMapper STRICT = Json.configure(new ObjectMapper())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ConformanceCases() {
    }

    public static List<ConformanceCase> all() {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(ConformanceCases::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static ConformanceCase read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            ObjectNode json = (ObjectNode) STRICT.readTree(file.toFile());
            json.put("name", name);
            return STRICT.treeToValue(json, ConformanceCase.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("case " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The folder named by {@code -Dconformance.cases}, else {@code conformance/cases} in the nearest parent folder. */
    private static Path folder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conformance").resolve("cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no conformance/cases above " + Path.of("").toAbsolutePath()
                + "; set -D" + FOLDER_PROPERTY);
    }
}
