package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.redflag.store.config.ElasticsearchConfig;
import org.redflag.store.config.EmbeddedElasticsearchConfig;
import org.redflag.store.config.RedflagConfig;

/**
 * One real Elasticsearch node per test JVM, for integration tests of every module.
 *
 * <p>The node starts on first use, on a data directory of its own under the module's {@code target/}, and is
 * stopped and deleted when the JVM exits. The unpacked distribution is shared by all modules in
 * {@code <repository root>/target/es-dist} (the build passes {@code redflag.repo.root} and
 * {@code redflag.elasticsearch.zip}). Tests share the node: give each test class its own index prefix with
 * {@link #uniquePrefix(String)} so their indices never meet.
 *
 * <p>Usage from another module: depend on {@code redflag-store} with {@code <type>test-jar</type>} and
 * {@code <scope>test</scope>}, name the test {@code *IT}, then
 * <pre>{@code
 * ElasticsearchTestNode es = ElasticsearchTestNode.get();           // starts it once per JVM
 * ElasticsearchConfig config = es.config(ElasticsearchTestNode.uniquePrefix("crawler"));
 * ElasticsearchConnection connection = ElasticsearchConnection.open(config);
 * ElasticsearchAdStore store = ElasticsearchAdStore.open(connection);   // installs the index templates
 * ...
 * es.stop();    // Elasticsearch goes away in the middle of something: writes fail with StoreUnavailableException
 * es.start();   // back on the same data and the same port; the connection above works again
 * }</pre>
 * Call {@link #start()} in a {@code finally} (or {@code @AfterEach}) after {@link #stop()}, so later tests find the
 * node running; {@link #get()} also restarts a stopped node.
 */
public final class ElasticsearchTestNode {
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static ElasticsearchTestNode instance;

    private final EmbeddedElasticsearch node;
    private final Path home;
    private ElasticsearchConnection connection;

    private ElasticsearchTestNode(EmbeddedElasticsearch node, Path home) {
        this.node = node;
        this.home = home;
    }

    /** The node of this JVM, started (and restarted if a test stopped it). */
    public static synchronized ElasticsearchTestNode get() {
        if (instance == null) {
            instance = create();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::destroy, "elasticsearch-test-node-cleanup"));
        }
        instance.start();
        return instance;
    }

    /** A fresh index prefix for one test class or test: {@code t<n>-<name>}. */
    public static String uniquePrefix(String name) {
        return "t" + PREFIXES.incrementAndGet() + "-" + name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_-]", "-");
    }

    /** The base URL, {@code http://127.0.0.1:<port>}; stays the same across {@link #stop()} and {@link #start()}. */
    public String url() {
        return node.url();
    }

    /** A connection to the node with the default index prefix; shared, do not close it. */
    public synchronized ElasticsearchConnection connection() {
        if (connection == null) {
            connection = ElasticsearchConnection.open(config("redflag"));
        }
        return connection;
    }

    /** The typed client of {@link #connection()}. */
    public ElasticsearchClient client() {
        return connection().client();
    }

    /** Configuration pointing at this node, with short retries so tests that stop the node run quickly. */
    public ElasticsearchConfig config(String indexPrefix) {
        String yaml = "elasticsearch:\n  url: " + url() + "\n  index_prefix: " + indexPrefix + "\n"
                + "  retry:\n    max_attempts: 3\n    initial_backoff: 50ms\n    max_backoff: 200ms\n";
        return org.redflag.store.config.ConfigLoader.of(RedflagConfig.class).parse(yaml, "test configuration")
                .elasticsearch();
    }

    /** The embedded node itself, e.g. for its start reports. */
    public EmbeddedElasticsearch node() {
        return node;
    }

    /** Starts the node again after {@link #stop()}, on the same data and port; does nothing if it runs. */
    public synchronized void start() {
        node.start();
    }

    /** Stops the node; its data stays for {@link #start()}. */
    public synchronized void stop() {
        node.stop();
    }

    private static ElasticsearchTestNode create() {
        Path moduleTarget = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        Path repoRoot = Path.of(System.getProperty("redflag.repo.root", moduleTarget.getParent().toString()));
        try {
            Files.createDirectories(moduleTarget);
            Path home = Files.createTempDirectory(moduleTarget, "es-test-node-");
            EmbeddedNodeOptions options = new EmbeddedNodeOptions(home, repoRoot.resolve("target").resolve("es-dist"),
                    moduleTarget.resolve("elasticsearch-test-" + ProcessHandle.current().pid() + ".log"),
                    EmbeddedElasticsearchConfig.defaultDistribution(), 0, "512m", Duration.ofSeconds(120),
                    Path.of(System.getProperty("java.home")));
            return new ElasticsearchTestNode(new EmbeddedElasticsearch(options), home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the test node's directory under " + moduleTarget, e);
        }
    }

    private synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
        node.stop();
        try {
            FileTrees.delete(node.options().home());
            FileTrees.delete(home);
        } catch (IOException e) {
            System.err.println("Could not delete the test Elasticsearch node in " + home + ": " + e);
        }
    }
}
