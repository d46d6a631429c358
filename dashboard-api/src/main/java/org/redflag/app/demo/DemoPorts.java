package org.redflag.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ports the sample sites had in the last demo, kept in the data directory, so that the next demo serves them
 * at the same URLs: the crawler then recognises its ads (unchanged, conditional GETs answered 304) instead of
 * finding 176 new ones and marking the old URLs removed.
 */
final class DemoPorts {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPorts.class);
    private final Path file;

    DemoPorts(Path file) {
        this.file = file;
    }

    /** The ports of the last demo by site id; none when there was none or the file is unreadable. */
    Map<String, Integer> load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring {}: {}", file, e.getMessage());
            return Map.of();
        }
        Map<String, Integer> ports = new HashMap<>();
        properties.stringPropertyNames().forEach(site -> parsePort(properties.getProperty(site))
                .ifPresent(port -> ports.put(site, port)));
        return ports;
    }

    void save(Map<String, Integer> ports) {
        Properties properties = new Properties();
        new TreeMap<>(ports).forEach((site, port) -> properties.setProperty(site, Integer.toString(port)));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Ports of the demo's sample sites, reused by the next demo when free");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static java.util.Optional<Integer> parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            return port > 0 && port < 65536 ? java.util.Optional.of(port) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
