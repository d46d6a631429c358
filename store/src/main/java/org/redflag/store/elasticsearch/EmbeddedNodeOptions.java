package org.redflag.store.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.redflag.store.config.EmbeddedElasticsearchConfig;
import org.redflag.store.config.RedflagConfig;

/**
 * Where and how the embedded Elasticsearch node runs.
 *
 * @param home              the node's own directory: {@code config/}, {@code data/}, {@code tmp/}
 * @param distributionCache where the distribution is unpacked (in {@code elasticsearch-8.19.5/}); may be shared by
 *                          several nodes
 * @param logFile           where the node's output goes (appended)
 * @param zip               the distribution zip
 * @param port              HTTP port on 127.0.0.1, 0 for a free one
 * @param heap              JVM heap such as 512m
 * @param startupTimeout    how long to wait for a healthy cluster
 * @param javaHome          the Java runtime Elasticsearch runs on
 */
public record EmbeddedNodeOptions(
        Path home,
        Path distributionCache,
        Path logFile,
        Path zip,
        int port,
        String heap,
        Duration startupTimeout,
        Path javaHome) {

    public EmbeddedNodeOptions {
        home = home.toAbsolutePath().normalize();
        distributionCache = distributionCache.toAbsolutePath().normalize();
        logFile = logFile.toAbsolutePath().normalize();
        Objects.requireNonNull(zip, "EmbeddedNodeOptions.zip");
        Objects.requireNonNull(heap, "EmbeddedNodeOptions.heap");
        Objects.requireNonNull(startupTimeout, "EmbeddedNodeOptions.startupTimeout");
        Objects.requireNonNull(javaHome, "EmbeddedNodeOptions.javaHome");
    }

    /**
     * The layout of Redflag's data directory: everything under {@code <data_dir>/elasticsearch/}, the log in
     * {@code <data_dir>/logs/elasticsearch.log}, running on the JVM that runs Redflag.
     */
    public static EmbeddedNodeOptions from(RedflagConfig config) {
        Path dataDir = config.dataDir();
        EmbeddedElasticsearchConfig embedded = config.elasticsearch().embedded();
        Path home = dataDir.resolve("elasticsearch");
        return new EmbeddedNodeOptions(home, home, dataDir.resolve("logs").resolve("elasticsearch.log"),
                embedded.distribution(), embedded.port(), embedded.heap(), embedded.startupTimeout(),
                Path.of(System.getProperty("java.home")));
    }

    public EmbeddedNodeOptions withHome(Path newHome) {
        return new EmbeddedNodeOptions(newHome, distributionCache, logFile, zip, port, heap, startupTimeout,
                javaHome);
    }

    public EmbeddedNodeOptions withDistributionCache(Path cache) {
        return new EmbeddedNodeOptions(home, cache, logFile, zip, port, heap, startupTimeout, javaHome);
    }

    public EmbeddedNodeOptions withPort(int newPort) {
        return new EmbeddedNodeOptions(home, distributionCache, logFile, zip, newPort, heap, startupTimeout,
                javaHome);
    }

    public EmbeddedNodeOptions withJavaHome(Path newJavaHome) {
        return new EmbeddedNodeOptions(home, distributionCache, logFile, zip, port, heap, startupTimeout,
                newJavaHome);
    }

    public EmbeddedNodeOptions withZip(Path newZip) {
        return new EmbeddedNodeOptions(home, distributionCache, logFile, newZip, port, heap, startupTimeout,
                javaHome);
    }

    public EmbeddedNodeOptions withHeap(String newHeap) {
        return new EmbeddedNodeOptions(home, distributionCache, logFile, zip, port, newHeap, startupTimeout,
                javaHome);
    }

    public EmbeddedNodeOptions withStartupTimeout(Duration timeout) {
        return new EmbeddedNodeOptions(home, distributionCache, logFile, zip, port, heap, timeout, javaHome);
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path configDir() {
        return home.resolve("config");
    }

    Path tmpDir() {
        return home.resolve("tmp");
    }

    Path nodeLogsDir() {
        return home.resolve("logs");
    }

    Path pidFile() {
        return home.resolve("elasticsearch.pid");
    }
}
