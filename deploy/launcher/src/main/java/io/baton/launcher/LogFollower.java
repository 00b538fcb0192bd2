package io.baton.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code tail -f}: prints the last lines of a log, then whatever is appended, until interrupted. */
final class LogFollower {
    private static final long POLL_MILLIS = 250;

    private LogFollower() {
    }

    static void follow(Path file, int lastLines, PrintStream out) {
        try {
            while (!Files.exists(file)) {
                Thread.sleep(POLL_MILLIS);
            }
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            lines.subList(Math.max(0, lines.size() - lastLines), lines.size()).forEach(out::println);
            long position = Files.size(file);
            byte[] buffer = new byte[8192];
            while (true) {
                long size = Files.size(file);
                if (size < position) {
                    position = 0; // truncated or replaced: start over
                }
                try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
                    reader.seek(position);
                    int read;
                    while ((read = reader.read(buffer)) > 0) {
                        out.write(buffer, 0, read);
                        position += read;
                    }
                }
                out.flush();
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
