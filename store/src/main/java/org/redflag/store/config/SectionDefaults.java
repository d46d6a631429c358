package org.redflag.store.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** Edits a configuration tree before binding: empty sections for missing ones, and environment overrides. */
final class SectionDefaults {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SectionDefaults() {
    }

    /** Adds an empty mapping for every section of {@code type} missing from {@code tree}, at every depth. */
    static void fill(ObjectNode tree, Class<?> type) {
        for (ConfigKeys.Key key : ConfigKeys.of(type)) {
            JsonNode value = tree.get(key.name());
            if (key.isSection() && (value == null || value.isNull())) {
                fill(tree.putObject(key.name()), key.type());
            } else if (key.isSection() && value.isObject()) {
                fill((ObjectNode) value, key.type());
            } else if (value != null && value.isArray() && key.elementRecord().isPresent()) {
                value.forEach(item -> fillItem(item, key.elementRecord().get()));
            } else if (value != null && value.isObject() && key.isMap() && key.elementRecord().isPresent()) {
                value.forEach(item -> fillItem(item, key.elementRecord().get()));
            }
        }
    }

    private static void fillItem(JsonNode item, Class<?> type) {
        if (item.isObject()) {
            fill((ObjectNode) item, type);
        }
    }

    /** Sets the key an environment variable names, creating its sections; list keys take comma-separated values. */
    static void set(ObjectNode tree, Class<?> type, EnvironmentOverride override) {
        ObjectNode node = tree;
        Class<?> current = type;
        List<String> path = override.path();
        for (String section : path.subList(0, path.size() - 1)) {
            JsonNode child = node.get(section);
            node = child instanceof ObjectNode object ? object : node.putObject(section);
            current = keyNamed(current, section).type();
        }
        String leaf = path.get(path.size() - 1);
        if (keyNamed(current, leaf).isList()) {
            ArrayNode items = node.putArray(leaf);
            Arrays.stream(override.value().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(items::add);
        } else {
            node.set(leaf, NODES.textNode(override.value()));
        }
    }

    private static ConfigKeys.Key keyNamed(Class<?> type, String name) {
        return ConfigKeys.of(type).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No key " + name + " in " + type.getName()));
    }
}
