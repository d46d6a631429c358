package org.redflag.store.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns what went wrong while loading one file into {@link ConfigProblem}s that name the file, line and key. */
final class ConfigProblems {
    private static final java.util.regex.Pattern SECRET_KEY =
            java.util.regex.Pattern.compile("password|secret|token|api_key|private_key");
    private final String origin;
    private final String yaml;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private Map<String, String> overriddenBy = Map.of();

    ConfigProblems(String origin, String yaml) {
        this.origin = origin;
        this.yaml = yaml;
    }

    void overrides(List<EnvironmentOverride> overrides) {
        overriddenBy = overrides.stream()
                .collect(Collectors.toMap(EnvironmentOverride::keyPath, EnvironmentOverride::variable));
    }

    void addAll(List<ConfigValidation.Violation> violations) {
        violations.forEach(v -> problems.add(new ConfigProblem(originOf(v.keyPath()), v.keyPath(),
                mask(v.keyPath(), v.value()), v.message())));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems, null);
        }
    }

    ConfigException syntax(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? origin : origin + " line " + location.getLineNr();
        return new ConfigException(List.of(new ConfigProblem(where, "", "",
                "not valid YAML: " + e.getOriginalMessage() + "; fix the syntax (indent with spaces)")), e);
    }

    ConfigException notAMapping() {
        return new ConfigException(new ConfigProblem(origin, "", "",
                "the file must be a mapping of keys (key: value), not a list or a single value"));
    }

    ConfigException binding(JsonMappingException e, JsonNode tree) {
        String keyPath = keyPath(e.getPath());
        String value = valueAt(tree, e.getPath());
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            value = "";
            problem = "unknown key; allowed " + allowedUnder(keyPath) + ": "
                    + String.join(", ", new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf)
                    .toList())) + ". Check the spelling, or remove the key";
        } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            problem = "expected " + describe(((MismatchedInputException) e).getTargetType());
        } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
            problem = e.getCause().getMessage();
        } else {
            problem = e.getOriginalMessage();
        }
        return new ConfigException(List.of(new ConfigProblem(originOf(keyPath), keyPath, mask(keyPath, value),
                problem)), e);
    }

    /** Hides values of keys that look like secrets, even when they failed to bind as a {@link Secret}. */
    private static String mask(String keyPath, String value) {
        String key = keyPath.substring(keyPath.lastIndexOf('.') + 1);
        boolean secret = SECRET_KEY.matcher(key).find();
        return secret && !value.isEmpty() && !value.startsWith("(") ? "****" : value;
    }

    private String originOf(String keyPath) {
        String variable = overriddenBy.get(keyPath);
        if (variable != null) {
            return "environment variable " + variable;
        }
        OptionalInt line = YamlLines.lineOf(yaml, keyPath);
        return line.isPresent() ? origin + " line " + line.getAsInt() : origin;
    }

    private static String allowedUnder(String keyPath) {
        int dot = keyPath.lastIndexOf('.');
        return dot < 0 ? "top-level keys" : "keys under " + keyPath.substring(0, dot);
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Duration.class) {
            return Durations.EXPECTED;
        }
        if (type == String.class || type == Secret.class || type == Path.class) {
            return "a single text value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        if (type.isRecord()) {
            return "a mapping of keys (a section)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String keyPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String valueAt(JsonNode tree, List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            String segment = ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        JsonNode node = tree.at(JsonPointer.compile(pointer.toString()));
        if (node.isMissingNode()) {
            return "";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "(a list)" : "(a mapping)";
        }
        return node.asText();
    }
}
