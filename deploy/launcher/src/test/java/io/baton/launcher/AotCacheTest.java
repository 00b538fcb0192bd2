package io.baton.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path app;

    @Test
    void shouldTrainWhenThereIsNoCacheThenUseWhatAGracefulStopKept() throws IOException {
        // given
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        AotCache aot = AotCache.of(jar, app.resolve("state"), true);
        assertEquals(List.of("-XX:AOTCacheOutput=" + aot.training()), aot.options());

        // when: the trained JVM wrote its cache at exit, and stopped on SIGTERM
        Files.writeString(aot.training(), "cache");
        aot.keepTrained(true);

        // then
        assertFalse(Files.exists(aot.training()));
        assertEquals(List.of("-XX:AOTCache=" + aot.cache()), aot.options());
    }

    @Test
    void shouldDropWhatAKilledServiceTrained() throws IOException {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        AotCache aot = AotCache.of(jar, app.resolve("state"), true);
        Files.writeString(aot.training(), "half a cache");

        aot.keepTrained(false);

        assertFalse(Files.exists(aot.training()));
        assertFalse(Files.exists(aot.cache()));
    }

    @Test
    void shouldTrainAgainWhenTheJarIsNewerThanTheCache() throws IOException {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        AotCache aot = AotCache.of(jar, app.resolve("state"), true);
        Files.writeString(aot.cache(), "cache of the previous build");
        Files.setLastModifiedTime(aot.cache(), FileTime.from(Instant.now().minusSeconds(60)));

        assertEquals(List.of("-XX:AOTCacheOutput=" + aot.training()), aot.options());
    }

    @Test
    void shouldRunWithoutACacheWhenNotTrainingAndUseOneThatIsThere() throws IOException {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        AotCache aot = AotCache.of(jar, app.resolve("state"), false);
        assertEquals(List.of(), aot.options());

        Files.writeString(aot.cache(), "cache a trained run kept");

        assertEquals(List.of("-XX:AOTCache=" + aot.cache()), aot.options());
    }

    @Test
    void shouldTrainUnderADifferentNameForEachCluster() {
        Path jar = app.resolve("quarkus-run.jar");

        assertNotEquals(AotCache.of(jar, app.resolve("one"), true).training(),
                AotCache.of(jar, app.resolve("two"), true).training());
    }
}
