package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running {@code bin/elasticsearch} process tree (the command-line launcher and the server JVM it starts).
 * Stopping sends SIGTERM to the whole tree, waits, then kills what is left.
 */
final class NodeProcess {
    private static final Logger LOG = LoggerFactory.getLogger(NodeProcess.class);
    private static final Duration GRACE = Duration.ofSeconds(30);
    /** The node's log is moved to {@code elasticsearch.log.1} at a start once it is larger than this. */
    private static final long MAX_LOG_BYTES = 20L * 1024 * 1024;

    private final Process process;
    private final Path logFile;
    private final long logOffset;

    private NodeProcess(Process process, Path logFile, long logOffset) {
        this.process = process;
        this.logFile = logFile;
        this.logOffset = logOffset;
    }

    static NodeProcess start(EmbeddedNodeOptions options, Path distribution, boolean asServiceUser)
            throws IOException {
        List<String> command = new ArrayList<>();
        findSetsid().ifPresent(setsid -> command.add(setsid.toString()));
        if (asServiceUser) {
            command.addAll(ServiceUser.runAsPrefix());
        }
        command.add(distribution.resolve("bin").resolve("elasticsearch").toString());
        command.addAll(List.of("-p", options.pidFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(options.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()));
        Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        env.remove("JAVA_TOOL_OPTIONS");
        env.put("ES_JAVA_HOME", options.javaHome().toString());
        env.put("ES_PATH_CONF", options.configDir().toString());
        env.put("ES_TMPDIR", options.tmpDir().toString());
        env.put("ES_JAVA_OPTS", "-Xms" + options.heap() + " -Xmx" + options.heap());
        LogTail.rotate(options.logFile(), MAX_LOG_BYTES);
        long offset = LogTail.size(options.logFile());
        return new NodeProcess(builder.start(), options.logFile(), offset);
    }

    /**
     * {@code setsid} starts the node in a session of its own, so a Ctrl-C in the terminal reaches Redflag only:
     * Redflag finishes its work and then stops the node, instead of losing it first.
     */
    private static java.util.Optional<Path> findSetsid() {
        return java.util.stream.Stream.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"))
                .filter(java.nio.file.Files::isExecutable).findFirst();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** The log lines written since this process started. */
    List<String> logTail(int lines) {
        return LogTail.lastLines(logFile, logOffset, lines);
    }

    /** Resident memory of the process tree in bytes, where the platform tells (Linux). */
    long residentBytes() {
        return tree().stream().mapToLong(ResidentMemory::ofPid).sum();
    }

    void stop() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        try {
            long deadline = System.nanoTime() + GRACE.toNanos();
            for (ProcessHandle handle : tree) {
                long left = Math.max(0, deadline - System.nanoTime());
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Elasticsearch did not stop within {}s of SIGTERM; killing it", GRACE.toSeconds());
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private List<ProcessHandle> tree() {
        List<ProcessHandle> handles = new ArrayList<>();
        handles.add(process.toHandle());
        process.descendants().forEach(handles::add);
        return handles;
    }
}
