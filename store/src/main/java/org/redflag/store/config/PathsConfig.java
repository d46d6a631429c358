package org.redflag.store.config;

import java.nio.file.Path;

/**
 * Where the other operator-editable files are; relative paths are relative to the working directory.
 *
 * @param sourcesDir    the monitored sites, one YAML file each
 * @param indicatorsDir the classifier's indicator lexicons
 * @param elasticsearchDir the Elasticsearch index templates; the built-in copies are used when it does not exist
 */
public record PathsConfig(Path sourcesDir, Path indicatorsDir, Path elasticsearchDir) {

    public PathsConfig {
        sourcesDir = orDefault(sourcesDir, Path.of("config", "sources"));
        indicatorsDir = orDefault(indicatorsDir, Path.of("config", "indicators"));
        elasticsearchDir = orDefault(elasticsearchDir, Path.of("config", "elasticsearch"));
    }

    private static Path orDefault(Path path, Path fallback) {
        return path == null || path.toString().isEmpty() ? fallback : path;
    }
}
