package org.redflag.store.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Redflag's configuration: {@code config/redflag.yml}, which documents every key with its default. Each section is
 * a record of its own; a section missing from the file gets its defaults.
 *
 * @param dataDir       where Redflag keeps its data (the embedded Elasticsearch node, logs, schedules); relative
 *                      paths are relative to the working directory
 * @param elasticsearch the Elasticsearch cluster, or the embedded node when no URL is given
 * @param paths         where the other configuration files are
 */
public record RedflagConfig(
        Path dataDir,
        ElasticsearchConfig elasticsearch,
        PathsConfig paths,
        ServerConfig server) {

    /** The prefix of environment variables that override keys: {@code REDFLAG_ELASTICSEARCH_URL}. */
    public static final String ENV_PREFIX = "REDFLAG_";
    /** Where the configuration file is, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "redflag.yml");

    public RedflagConfig {
        dataDir = dataDir == null || dataDir.toString().isEmpty() ? Path.of("data") : dataDir;
        Objects.requireNonNull(elasticsearch, "RedflagConfig.elasticsearch");
        Objects.requireNonNull(paths, "RedflagConfig.paths");
    }

    /** Variables of the {@code ./redflag} launcher that share the prefix but are not configuration keys. */
    public static final java.util.Set<String> LAUNCHER_VARIABLES =
            java.util.Set.of("REDFLAG_JAVA_OPTS", "REDFLAG_MAVEN_ARGS", "REDFLAG_MAVEN_REPO");

    /** Loads {@code file} (its defaults when it does not exist) with overrides from {@code environment}. */
    public static RedflagConfig load(Path file, Map<String, String> environment) {
        Map<String, String> overrides = new java.util.HashMap<>(environment);
        overrides.keySet().removeAll(LAUNCHER_VARIABLES);
        return ConfigLoader.of(RedflagConfig.class).withEnvironment(ENV_PREFIX, overrides).loadIfExists(file);
    }

    /** Every key at its default. */
    public static RedflagConfig defaults() {
        return ConfigLoader.of(RedflagConfig.class).defaults();
    }
}
