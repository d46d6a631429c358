package org.redflag.store.elasticsearch;

import java.util.List;

/**
 * The embedded Elasticsearch node could not be started. Subclasses say why and carry the data; the message always
 * says what to do.
 */
public class EmbeddedElasticsearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> logTail;

    public EmbeddedElasticsearchException(String message, List<String> logTail, Throwable cause) {
        super(message + describe(logTail), cause);
        this.logTail = List.copyOf(logTail);
    }

    public EmbeddedElasticsearchException(String message) {
        this(message, List.of(), null);
    }

    /** The node's last log lines from this start, oldest first; empty when it never ran. */
    public List<String> logTail() {
        return logTail;
    }

    private static String describe(List<String> tail) {
        return tail.isEmpty() ? "" : "\nLast lines of the Elasticsearch log:\n  " + String.join("\n  ", tail);
    }

    /** The distribution zip is not where the configuration says. */
    public static final class DistributionMissing extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final String zip;

        public DistributionMissing(String zip) {
            super("The Elasticsearch distribution " + zip + " does not exist. Run `mvn -B install -DskipTests` "
                    + "(it downloads the distribution into the local Maven repository), set "
                    + "elasticsearch.embedded.distribution to the zip, or set elasticsearch.url to use a running "
                    + "cluster instead.");
            this.zip = zip;
        }

        public String zip() {
            return zip;
        }
    }

    /** The configured fixed port is already taken by another process. */
    public static final class PortInUse extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final int port;

        public PortInUse(int port, List<String> logTail) {
            super("Port " + port + " on 127.0.0.1 is already in use, so the embedded Elasticsearch cannot listen "
                    + "on it. Stop what uses it, set elasticsearch.embedded.port to another port, or to 0 for a "
                    + "free one.", logTail, null);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }

    /** Not enough free disk space for the node. */
    public static final class InsufficientDisk extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final String directory;
        private final long usableBytes;
        private final long requiredBytes;

        public InsufficientDisk(String directory, long usableBytes, long requiredBytes) {
            super("Not enough disk space in " + directory + " for the embedded Elasticsearch: "
                    + usableBytes / (1024 * 1024) + " MB free, " + requiredBytes / (1024 * 1024)
                    + " MB needed. Free some space or point data_dir at another disk.");
            this.directory = directory;
            this.usableBytes = usableBytes;
            this.requiredBytes = requiredBytes;
        }

        public String directory() {
            return directory;
        }

        public long usableBytes() {
            return usableBytes;
        }

        public long requiredBytes() {
            return requiredBytes;
        }
    }

    /** The Java runtime to run Elasticsearch with is missing or too old. */
    public static final class JdkMissing extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final String javaHome;

        public JdkMissing(String javaHome, String why) {
            super("Cannot run Elasticsearch with the Java runtime at " + javaHome + ": " + why
                    + ". Run Redflag with a Java 17 or newer JDK (set JAVA_HOME).");
            this.javaHome = javaHome;
        }

        public String javaHome() {
            return javaHome;
        }
    }

    /** The node's process ended before the cluster became healthy. */
    public static final class NodeExited extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;
        private final String logFile;

        public NodeExited(int exitCode, String logFile, List<String> logTail) {
            super("Elasticsearch exited with code " + exitCode + " before it became ready. See " + logFile
                    + " for the full log.", logTail, null);
            this.exitCode = exitCode;
            this.logFile = logFile;
        }

        public int exitCode() {
            return exitCode;
        }

        public String logFile() {
            return logFile;
        }
    }

    /** The node did not become healthy in time; it has been stopped. */
    public static final class StartupTimeout extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final java.time.Duration timeout;

        public StartupTimeout(java.time.Duration timeout, String logFile, List<String> logTail) {
            super("Elasticsearch did not report a yellow or green cluster health within " + timeout.toSeconds()
                    + "s, so it was stopped. See " + logFile + "; on a slow machine raise "
                    + "elasticsearch.embedded.startup_timeout.", logTail, null);
            this.timeout = timeout;
        }

        public java.time.Duration timeout() {
            return timeout;
        }
    }

    /** Another process still uses the node's data directory. */
    public static final class DataDirectoryInUse extends EmbeddedElasticsearchException {
        private static final long serialVersionUID = 1L;
        private final long pid;

        public DataDirectoryInUse(String dataDirectory, long pid) {
            super("Elasticsearch process " + pid + " (another Redflag, or one left behind) still uses "
                    + dataDirectory + ". Stop it (kill " + pid + ") or configure another data_dir.");
            this.pid = pid;
        }

        public long pid() {
            return pid;
        }
    }
}
