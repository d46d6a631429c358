package org.redflag.crawler.schedule;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operator's schedule changes, persisted as JSON: {@code {"source-id": {"cron": "...", "paused": false}}}.
 * Written atomically on every change. A damaged file fails start-up with its path and the parser's message.
 */
final class ScheduleFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One source's override; an empty cron means "the source file's cron". */
    record Override(String cron, boolean paused) {
        Override {
            cron = cron == null ? "" : cron;
        }
    }

    private final Path file;

    ScheduleFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    Map<String, Override> load() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Override>>() {
            }));
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not a valid schedule file (" + e.getMessage()
                    + "); fix or delete it to fall back to the schedules of the source files", e);
        }
    }

    synchronized void save(Map<String, Override> overrides) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), new TreeMap<>(overrides));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save schedules to " + file + ": " + e.getMessage(), e);
        }
    }
}
