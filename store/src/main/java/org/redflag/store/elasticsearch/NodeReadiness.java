package org.redflag.store.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Waits until a starting node is healthy, or says why it will not be: it exited, its port was taken, time ran out. */
final class NodeReadiness {
    private static final long POLL_MILLIS = 250;
    private static final int TAIL = 20;

    private final NodeProcess process;
    private final ClusterHealthProbe probe;
    private final Duration timeout;
    private final Path logFile;

    NodeReadiness(NodeProcess process, ClusterHealthProbe probe, Duration timeout, Path logFile) {
        this.process = process;
        this.probe = probe;
        this.timeout = timeout;
        this.logFile = logFile;
    }

    void await() throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw exited();
            }
            if (probe.isHealthy()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new EmbeddedElasticsearchException.StartupTimeout(timeout, logFile.toString(),
                        process.logTail(TAIL));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private EmbeddedElasticsearchException exited() {
        List<String> tail = process.logTail(TAIL);
        List<String> all = process.logTail(Integer.MAX_VALUE);
        boolean portTaken = all.stream().anyMatch(line -> line.contains("BindHttpException")
                || line.contains("BindTransportException") || line.contains("Address already in use"));
        if (portTaken) {
            return new EmbeddedElasticsearchException.PortInUse(-1, tail);
        }
        if (all.stream().anyMatch(line -> line.contains("failed to obtain node locks"))) {
            return new EmbeddedElasticsearchException("Another Elasticsearch process uses the data directory of "
                    + "this node (one left running by an earlier Redflag?). Stop it (look for 'elasticsearch' in "
                    + "`ps aux`) or configure another data_dir.", tail, null);
        }
        return new EmbeddedElasticsearchException.NodeExited(process.exitCode(), logFile.toString(), tail);
    }
}
