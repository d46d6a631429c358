package org.redflag.crawler.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A mapping in a source file, read key by key with errors that name the file and the full key path. Unknown keys
 * are rejected so that a typo never silently falls back to a default.
 */
final class YamlSection {
    private final Path file;
    private final KeyLines lines;
    private final String path;
    private final JsonNode node;

    YamlSection(Path file, KeyLines lines, String path, JsonNode node) {
        this.file = file;
        this.lines = lines;
        this.path = path;
        this.node = node == null ? MissingNode.getInstance() : node;
        if (!this.node.isMissingNode() && !this.node.isNull() && !this.node.isObject()) {
            throw error(path, "expected a mapping of keys, got '" + this.node.asText() + "'");
        }
    }

    YamlSection section(String key) {
        return new YamlSection(file, lines, keyPath(key), node.get(key));
    }

    void rejectUnknownKeys(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw error(keyPath(key), "unknown key; allowed keys here are " + new java.util.TreeSet<>(known));
            }
        }
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    String string(String key, String defaultValue) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isValueNode()) {
            throw error(keyPath(key), "expected a text value");
        }
        return v.asText();
    }

    String requiredString(String key, String hint) {
        String v = string(key, "");
        if (v.isBlank()) {
            throw error(keyPath(key), "is required: " + hint);
        }
        return v.trim();
    }

    boolean bool(String key, boolean defaultValue) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw error(keyPath(key), "value '" + v.asText() + "' is not true or false");
        }
        return v.booleanValue();
    }

    int integer(String key, int defaultValue, int min) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < min) {
            throw error(keyPath(key), "value '" + v.asText() + "' must be a whole number of at least " + min);
        }
        return v.intValue();
    }

    Duration duration(String key, Duration defaultValue) {
        String v = string(key, "");
        if (v.isBlank()) {
            return defaultValue;
        }
        return ConfigValues.parseDuration(v).orElseThrow(() -> error(keyPath(key),
                "value '" + v + "' is not a duration; write it like 500ms, 2s, 5m or 1h"));
    }

    long size(String key, long defaultValue) {
        String v = string(key, "");
        if (v.isBlank()) {
            return defaultValue;
        }
        long bytes = ConfigValues.parseSize(v).orElseThrow(() -> error(keyPath(key),
                "value '" + v + "' is not a size; write it like 512KB, 2MB or a number of bytes"));
        if (bytes < 1) {
            throw error(keyPath(key), "value '" + v + "' must be at least 1 byte");
        }
        return bytes;
    }

    List<String> strings(String key) {
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw error(keyPath(key), "expected a list of text values");
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode()) {
                throw error(keyPath(key) + "[" + i + "]", "expected a text value");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    SourceConfigException error(String keyPath, String problem) {
        String at = lines.lineOf(keyPath).map(line -> "line " + line + ": ").orElse("");
        return new SourceConfigException(file, keyPath, problem, at);
    }
}
