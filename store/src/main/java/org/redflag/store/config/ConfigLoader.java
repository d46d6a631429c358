package org.redflag.store.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a YAML file into a configuration record, strictly: unknown keys, values of the wrong type and values that
 * break a {@code jakarta.validation} constraint fail with a {@link ConfigException} naming the file, the line, the key
 * path, the value and what is allowed. Sections missing from the file get their defaults. With
 * {@link #withEnvironment(String, Map)}, environment variables override keys ({@code REDFLAG_ELASTICSEARCH_URL} sets
 * {@code elasticsearch.url}).
 *
 * <pre>{@code
 * RedflagConfig config = ConfigLoader.of(RedflagConfig.class)
 *         .withEnvironment("REDFLAG_", System.getenv())
 *         .loadIfExists(Path.of("config/redflag.yml"));
 * SourceConfig source = ConfigLoader.of(SourceConfig.class).load(Path.of("config/sources/demo.yml"));
 * }</pre>
 *
 * <p>See the package documentation for how to write a configuration record. Instances are immutable and
 * thread-safe.
 *
 * @param <T> the record type loaded
 */
public final class ConfigLoader<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    private static final ObjectMapper YAML = newMapper();

    private final Class<T> type;
    private final String envPrefix;
    private final Map<String, String> environment;

    private ConfigLoader(Class<T> type, String envPrefix, Map<String, String> environment) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record: configuration types are records");
        }
        this.type = type;
        this.envPrefix = envPrefix;
        this.environment = Map.copyOf(environment);
    }

    /** A loader for {@code type} that ignores the environment. */
    public static <T> ConfigLoader<T> of(Class<T> type) {
        return new ConfigLoader<>(type, "", Map.of());
    }

    /** A loader that lets variables {@code prefix + KEY_PATH} of {@code environment} override keys. */
    public ConfigLoader<T> withEnvironment(String prefix, Map<String, String> environment) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("An environment prefix is needed, for example REDFLAG_");
        }
        return new ConfigLoader<>(type, prefix, environment);
    }

    /** Loads a file that must exist. */
    public T load(Path file) {
        return parse(read(file), file.toString());
    }

    /** Loads a file, or the defaults (with environment overrides) when the file does not exist. */
    public T loadIfExists(Path file) {
        if (!Files.exists(file)) {
            LOG.info("No configuration file {}: using the defaults", file);
            return parse("", file + " (absent)");
        }
        return load(file);
    }

    /** The configuration with every default and the environment overrides, as if the file were empty. */
    public T defaults() {
        return parse("", "defaults");
    }

    /**
     * Loads YAML text.
     *
     * @param origin what the text is, for error messages: usually the file name
     */
    public T parse(String yaml, String origin) {
        ConfigProblems problems = new ConfigProblems(origin, yaml);
        ObjectNode tree = readTree(yaml, problems);
        applyEnvironment(tree, problems);
        SectionDefaults.fill(tree, type);
        T config = bind(tree, problems);
        problems.addAll(ConfigValidation.validate(config));
        problems.throwIfAny();
        LOG.debug("Loaded {} from {}", type.getSimpleName(), origin);
        return config;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), "", "",
                    "file not found (working directory " + Path.of("").toAbsolutePath()
                            + "); check the path or create the file"));
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(file.toString(), "", "",
                    "cannot read the file: " + e)), e);
        }
    }

    private ObjectNode readTree(String yaml, ConfigProblems problems) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw problems.syntax(e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return YAML.createObjectNode();
        }
        if (!root.isObject()) {
            throw problems.notAMapping();
        }
        return (ObjectNode) root;
    }

    private void applyEnvironment(ObjectNode tree, ConfigProblems problems) {
        if (envPrefix.isEmpty()) {
            return;
        }
        List<String> unmatched = new ArrayList<>();
        List<EnvironmentOverride> overrides = EnvironmentOverride.find(envPrefix, environment, type, unmatched);
        unmatched.forEach(name -> LOG.warn("Ignoring environment variable {}: it names no {} key", name,
                type.getSimpleName()));
        overrides.forEach(override -> SectionDefaults.set(tree, type, override));
        if (!overrides.isEmpty()) {
            LOG.info("Configuration keys overridden by the environment: {}",
                    overrides.stream().map(o -> o.keyPath() + " (" + o.variable() + ")").toList());
        }
        problems.overrides(overrides);
    }

    private T bind(ObjectNode tree, ConfigProblems problems) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw problems.binding(e, tree);
        } catch (JsonProcessingException e) {
            throw problems.syntax(e);
        }
    }

    private static ObjectMapper newMapper() {
        SimpleModule durations = new SimpleModule("redflag-durations")
                .addDeserializer(Duration.class, new DurationDeserializer());
        return JsonMapper.builder(new YAMLFactory())
                .addModule(new JavaTimeModule())
                .addModule(durations)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }
}
