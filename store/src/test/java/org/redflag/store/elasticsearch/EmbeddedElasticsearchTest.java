package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures that are found before any Elasticsearch process runs. */
class EmbeddedElasticsearchTest {
    @TempDir
    Path dir;

    private EmbeddedNodeOptions options() {
        return new EmbeddedNodeOptions(dir.resolve("home"), dir.resolve("cache"), dir.resolve("es.log"),
                dir.resolve("missing.zip"), 0, "512m", Duration.ofSeconds(30),
                Path.of(System.getProperty("java.home")));
    }

    @Test
    void missingDistributionSaysHowToGetIt() {
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(options());

        assertThatThrownBy(node::start)
                .isInstanceOfSatisfying(EmbeddedElasticsearchException.DistributionMissing.class,
                        e -> assertThat(e.zip()).isEqualTo(dir.resolve("missing.zip").toString()))
                .hasMessageContaining("mvn -B install -DskipTests")
                .hasMessageContaining("elasticsearch.url");
        assertThat(node.isRunning()).isFalse();
    }

    @Test
    void missingJdkNamesTheDirectory() {
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(options().withJavaHome(dir.resolve("no-jdk")));

        assertThatThrownBy(node::start)
                .isInstanceOfSatisfying(EmbeddedElasticsearchException.JdkMissing.class,
                        e -> assertThat(e.javaHome()).isEqualTo(dir.resolve("no-jdk").toString()))
                .hasMessageContaining("JAVA_HOME");
    }

    @Test
    void takenFixedPortIsReportedWithThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EmbeddedElasticsearch node = new EmbeddedElasticsearch(options().withPort(taken.getLocalPort()));

            assertThatThrownBy(node::start)
                    .isInstanceOfSatisfying(EmbeddedElasticsearchException.PortInUse.class,
                            e -> assertThat(e.port()).isEqualTo(taken.getLocalPort()))
                    .hasMessageContaining("elasticsearch.embedded.port");
        }
    }

    @Test
    void tooLittleDiskSpaceNamesTheDirectoryAndTheFigures() {
        assertThatThrownBy(() -> EmbeddedElasticsearch.checkDisk(dir.resolve("not/yet/created"), Long.MAX_VALUE))
                .isInstanceOfSatisfying(EmbeddedElasticsearchException.InsufficientDisk.class, e -> {
                    assertThat(e.directory()).isEqualTo(dir.resolve("not/yet/created").toString());
                    assertThat(e.usableBytes()).isPositive().isLessThan(e.requiredBytes());
                })
                .hasMessageContaining("MB free");
    }

    @Test
    void urlBeforeStartIsAnError() {
        assertThatThrownBy(() -> new EmbeddedElasticsearch(options()).url())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start()");
    }

    @Test
    void logTailKeepsOnlyTheLinesOfThisStart() throws IOException {
        Path log = dir.resolve("node.log");
        Files.writeString(log, "old run\n");
        long offset = LogTail.size(log);
        Files.writeString(log, "line 1\nline 2\n\nline 3\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(LogTail.lastLines(log, offset, 2)).containsExactly("line 2", "line 3");
        assertThat(LogTail.lastLines(log, offset, 20)).containsExactly("line 1", "line 2", "line 3");
    }

    @Test
    void largeLogIsMovedAsideAtStart() throws IOException {
        Path log = Files.writeString(dir.resolve("elasticsearch.log"), "x".repeat(2048));

        LogTail.rotate(log, 4096);
        assertThat(log).exists();
        LogTail.rotate(log, 1024);

        assertThat(log).doesNotExist();
        assertThat(dir.resolve("elasticsearch.log.1")).hasSize(2048);
    }

    @Test
    void logTailLeavesOutStackFrames() throws IOException {
        Path log = dir.resolve("trace.log");
        Files.writeString(log, "fatal exception: BindHttpException\nCaused by: java.net.BindException\n"
                + "\tat sun.nio.ch.Net.bind(Net.java:555)\n\t... 12 more\nERROR: died\n");

        assertThat(LogTail.lastLines(log, 0, 20)).containsExactly("fatal exception: BindHttpException",
                "Caused by: java.net.BindException", "ERROR: died");
    }

    @Test
    void nodeConfigurationIsSingleNodeOnLoopbackWithoutSecurity() {
        String yml = NodeConfigWriter.elasticsearchYml(options(), new NodePorts(9201, 9301));

        assertThat(yml).contains("discovery.type: single-node", "network.host: 127.0.0.1", "http.port: 9201",
                "transport.port: 9301", "xpack.security.enabled: false",
                "path.data: \"" + dir.resolve("home").resolve("data") + "\"");
    }
}
