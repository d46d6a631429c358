package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.redflag.store.config.EmbeddedElasticsearchConfig;
import org.redflag.store.config.RedflagConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node that Redflag starts itself when no {@code elasticsearch.url} is configured.
 *
 * <p>{@link #start()} unpacks the distribution zip once (later starts reuse it, and the node's data), writes the
 * node's configuration (single node, 127.0.0.1, security off, a free port unless one is configured), starts
 * {@code bin/elasticsearch} on the JVM that runs Redflag with its output appended to the log file, and returns when
 * the cluster health is yellow or green. When Redflag runs as root, the node runs as the system user
 * {@code redflag-es}, created if missing. {@link #stop()} (also run at JVM exit) sends SIGTERM, waits, then kills.
 * The node can be stopped and started again: it comes back on the same data and the same ports.
 *
 * <p>Failures are {@link EmbeddedElasticsearchException}s that say why and what to do. Methods are synchronized;
 * one instance manages one node.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    /** The Elasticsearch version embedded. */
    public static final String VERSION = EmbeddedElasticsearchConfig.VERSION;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final long MIN_FREE_BYTES = 256L * 1024 * 1024;
    private static final int LOG_TAIL_LINES = 20;
    private static final Path FALLBACK_ROOT = Path.of("/var/tmp", ServiceUser.NAME);
    /** At JVM exit, how long the node's owner has to stop it (after finishing its own work) before the hook does. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final EmbeddedNodeOptions configured;
    private EmbeddedNodeOptions options;
    private NodePorts ports;
    private NodeProcess process;
    private StartReport lastStart;
    private Thread shutdownHook;

    public EmbeddedElasticsearch(EmbeddedNodeOptions options) {
        this.configured = options;
        this.options = options;
    }

    /** The node for Redflag's configuration: under {@code <data_dir>/elasticsearch}. */
    public static EmbeddedElasticsearch create(RedflagConfig config) {
        return new EmbeddedElasticsearch(EmbeddedNodeOptions.from(config));
    }

    /**
     * Starts the node and waits until it is healthy; does nothing when it runs already.
     *
     * @throws EmbeddedElasticsearchException saying why it could not start
     */
    public synchronized StartReport start() {
        if (isRunning()) {
            return lastStart;
        }
        long started = System.nanoTime();
        try {
            checkJdk(configured.javaHome());
            checkConfiguredPortFree();
            checkDistributionAvailable(configured);
            boolean asServiceUser = ServiceUser.runningAsRoot();
            boolean unpacked = prepare(asServiceUser);
            checkNotInUse();
            launchUntilHealthy(asServiceUser, configured.port() == 0 && ports == null);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            lastStart = new StartReport(url(), elapsed, unpacked, options.home(),
                    asServiceUser ? ServiceUser.NAME : "");
            registerShutdownHook();
            LOG.info("Elasticsearch {} ready at {} in {} ms ({} start; data in {}, log in {})", VERSION, url(),
                    elapsed.toMillis(), unpacked ? "cold" : "warm", options.dataDir(), options.logFile());
            return lastStart;
        } catch (IOException e) {
            throw new EmbeddedElasticsearchException("Could not prepare the embedded Elasticsearch in "
                    + options.home() + ": " + e.getMessage(), List.of(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopProcess();
            throw new EmbeddedElasticsearchException("Interrupted while starting Elasticsearch", List.of(), e);
        }
    }

    /** Stops the node (SIGTERM, then a kill after 30 s); does nothing when it is not running. */
    public synchronized void stop() {
        stopProcess();
        notifyAll();
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * The base URL, {@code http://127.0.0.1:<port>}.
     *
     * @throws IllegalStateException before the first start
     */
    public synchronized String url() {
        if (ports == null) {
            throw new IllegalStateException("The embedded Elasticsearch has not been started: call start() first");
        }
        return "http://127.0.0.1:" + ports.http();
    }

    /** The last successful start, if any. */
    public synchronized Optional<StartReport> findLastStart() {
        return Optional.ofNullable(lastStart);
    }

    /** Resident memory of the node's processes, on Linux while it runs. */
    public synchronized OptionalLong residentMemoryBytes() {
        return isRunning() ? OptionalLong.of(process.residentBytes()) : OptionalLong.empty();
    }

    /** The directories and settings in use (after any fallback). */
    public synchronized EmbeddedNodeOptions options() {
        return options;
    }

    private boolean prepare(boolean asServiceUser) throws IOException {
        if (asServiceUser) {
            ServiceUser.ensureExists();
            LOG.info("Running Elasticsearch as the unprivileged system user {}: Redflag runs as root and "
                    + "Elasticsearch refuses to", ServiceUser.NAME);
            options = reachableByServiceUser(options);
        }
        boolean unpacked = unpack(options);
        writeNodeFiles(asServiceUser);
        return unpacked;
    }

    private boolean unpack(EmbeddedNodeOptions node) throws IOException {
        if (DistributionUnpacker.isUnpacked(node.distributionCache())) {
            checkDisk(node.home(), MIN_FREE_BYTES);
            return false;
        }
        if (!Files.isRegularFile(node.zip())) {
            throw new EmbeddedElasticsearchException.DistributionMissing(node.zip().toString());
        }
        checkDisk(node.distributionCache(), MIN_FREE_BYTES + Files.size(node.zip()) * 13 / 10);
        LOG.info("Unpacking Elasticsearch {} from {} (once)", VERSION, node.zip());
        return DistributionUnpacker.ensureUnpacked(node.zip(), node.distributionCache());
    }

    /**
     * The node's directories, moved under {@code /var/tmp/redflag-es/<hash>} when the service user cannot reach
     * them (a parent such as {@code /root} is closed to other users).
     */
    private static EmbeddedNodeOptions reachableByServiceUser(EmbeddedNodeOptions node) throws IOException {
        EmbeddedNodeOptions usable = node;
        Files.createDirectories(node.home());
        ServiceUser.chown(node.home());
        if (!ServiceUser.canUse(node.home(), true)) {
            String hash = org.redflag.store.AdIds.sha256Hex(node.home().toString()).substring(0, 12);
            Path home = FALLBACK_ROOT.resolve(hash);
            Files.createDirectories(home);
            FileTrees.makeTraversable(FALLBACK_ROOT);
            ServiceUser.chown(home);
            LOG.warn("The user {} cannot reach {} (a parent directory is closed to other users); using {} "
                    + "instead", ServiceUser.NAME, node.home(), home);
            usable = node.withHome(home);
        }
        Files.createDirectories(usable.distributionCache());
        boolean cacheInsideHome = node.distributionCache().startsWith(node.home());
        if (cacheInsideHome || !ServiceUser.canUse(usable.distributionCache(), false)) {
            usable = usable.withDistributionCache(usable.home());
        }
        return usable;
    }

    private void writeNodeFiles(boolean asServiceUser) throws IOException {
        for (Path dir : List.of(options.dataDir(), options.configDir(), options.tmpDir(), options.nodeLogsDir(),
                options.logFile().getParent())) {
            Files.createDirectories(dir);
        }
        if (ports == null) {
            ports = NodePorts.choose(configured.port());
        }
        NodeConfigWriter.write(options, DistributionUnpacker.distributionDir(options.distributionCache()), ports);
        if (asServiceUser) {
            ServiceUser.chown(options.home());
        }
    }

    /** Before any directory is made: the zip must exist unless the distribution is unpacked already. */
    private static void checkDistributionAvailable(EmbeddedNodeOptions node) {
        if (!DistributionUnpacker.isUnpacked(node.distributionCache()) && !Files.isRegularFile(node.zip())) {
            throw new EmbeddedElasticsearchException.DistributionMissing(node.zip().toString());
        }
    }

    private void checkConfiguredPortFree() {
        if (configured.port() != 0 && !NodePorts.isFree(configured.port())) {
            throw new EmbeddedElasticsearchException.PortInUse(configured.port(), List.of());
        }
    }

    private void launchUntilHealthy(boolean asServiceUser, boolean portsMayChange)
            throws IOException, InterruptedException {
        process = NodeProcess.start(options, DistributionUnpacker.distributionDir(options.distributionCache()),
                asServiceUser);
        LOG.info("Started Elasticsearch (pid {}) on port {}; waiting for a healthy cluster", process.pid(),
                ports.http());
        try {
            new NodeReadiness(process, new ClusterHealthProbe(url()), options.startupTimeout(), options.logFile())
                    .await();
        } catch (EmbeddedElasticsearchException.PortInUse e) {
            stopProcess();
            if (!portsMayChange) {
                throw new EmbeddedElasticsearchException.PortInUse(ports.http(), e.logTail());
            }
            LOG.warn("Port {} was taken while Elasticsearch started; trying other free ports", ports.http());
            ports = NodePorts.choose(0);
            writeNodeFiles(asServiceUser);
            launchUntilHealthy(asServiceUser, false);
        } catch (RuntimeException | InterruptedException e) {
            stopProcess();
            throw e;
        }
    }

    private void checkNotInUse() throws IOException {
        Path pidFile = options.pidFile();
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Optional<ProcessHandle> owner = text.matches("\\d+") ? ProcessHandle.of(Long.parseLong(text))
                : Optional.empty();
        boolean elasticsearch = owner.filter(ProcessHandle::isAlive)
                .flatMap(handle -> handle.info().commandLine())
                .filter(command -> command.contains("elasticsearch"))
                .isPresent();
        if (elasticsearch) {
            throw new EmbeddedElasticsearchException.DataDirectoryInUse(options.dataDir().toString(),
                    owner.get().pid());
        }
        Files.deleteIfExists(pidFile);
    }

    private static void checkJdk(Path javaHome) {
        Path java = javaHome.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new EmbeddedElasticsearchException.JdkMissing(javaHome.toString(), "no executable " + java);
        }
        if (javaHome.equals(Path.of(System.getProperty("java.home"))) && Runtime.version().feature() < 17) {
            throw new EmbeddedElasticsearchException.JdkMissing(javaHome.toString(),
                    "it is Java " + Runtime.version().feature() + ", Elasticsearch " + VERSION + " needs 17+");
        }
    }

    static void checkDisk(Path directory, long required) throws IOException {
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        long usable = Files.getFileStore(existing).getUsableSpace();
        if (usable < required) {
            throw new EmbeddedElasticsearchException.InsufficientDisk(directory.toString(), usable, required);
        }
    }

    private void stopProcess() {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            LOG.info("Stopping Elasticsearch (pid {})", process.pid());
            process.stop();
        }
        process = null;
    }

    /**
     * At JVM exit the application's own shutdown (other hooks, running at the same time) may still write to
     * Elasticsearch: it gets {@link #SHUTDOWN_GRACE} to finish and call {@link #stop()}; then the node is stopped
     * here.
     */
    private synchronized void stopAtExit() {
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        try {
            while (isRunning() && System.nanoTime() < deadline) {
                wait(Math.max(1, Math.min(200, (deadline - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopProcess();
    }

    private void registerShutdownHook() {
        if (shutdownHook != null) {
            return;
        }
        shutdownHook = new Thread(this::stopAtExit, "embedded-elasticsearch-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            LOG.warn("The JVM is shutting down; stopping Elasticsearch now");
            stopProcess();
        }
    }
}
