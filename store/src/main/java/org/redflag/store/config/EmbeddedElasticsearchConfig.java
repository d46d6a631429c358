package org.redflag.store.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The Elasticsearch node Redflag starts itself when no {@code elasticsearch.url} is configured.
 *
 * @param port           HTTP port on 127.0.0.1; 0 picks a free one at every start
 * @param heap           the node's JVM heap, such as 512m or 1g
 * @param startupTimeout how long to wait for the node to become healthy
 * @param distribution   the Elasticsearch distribution zip; Maven downloads it into the local repository
 */
public record EmbeddedElasticsearchConfig(
        @Min(value = 0, message = "must be 0 (a free port) or a port from 1024 to 65535")
        @Max(value = 65535, message = "must be 0 (a free port) or a port from 1024 to 65535")
        Integer port,
        @Pattern(regexp = "^[1-9][0-9]*[kKmMgG]$", message = "must be a size such as 512m or 2g")
        String heap,
        @DurationMin(seconds = 5, message = "must be at least 5s") Duration startupTimeout,
        Path distribution) {

    /** The system property that names the distribution zip; the build sets it for tests. */
    public static final String DISTRIBUTION_PROPERTY = "redflag.elasticsearch.zip";
    /** The Elasticsearch version of the distribution. */
    public static final String VERSION = "8.19.5";

    public EmbeddedElasticsearchConfig {
        port = Objects.requireNonNullElse(port, 0);
        heap = heap == null || heap.isEmpty() ? "512m" : heap;
        startupTimeout = Objects.requireNonNullElse(startupTimeout, Duration.ofSeconds(90));
        distribution = distribution == null || distribution.toString().isEmpty() ? defaultDistribution()
                : expandHome(distribution);
    }

    /**
     * The zip named by the system property {@value #DISTRIBUTION_PROPERTY}, else where Maven puts it in the local
     * repository.
     */
    public static Path defaultDistribution() {
        String property = System.getProperty(DISTRIBUTION_PROPERTY, "");
        if (!property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch", "distribution",
                "integ-test-zip", "elasticsearch", VERSION, "elasticsearch-" + VERSION + ".zip");
    }

    private static Path expandHome(Path path) {
        String text = path.toString();
        if (text.equals("~") || text.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + text.substring(1));
        }
        return path;
    }
}
