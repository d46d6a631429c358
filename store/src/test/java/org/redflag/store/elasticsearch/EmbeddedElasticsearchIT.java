package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedElasticsearchIT {

    @Test
    void testNodeIsHealthyAndComesBackOnTheSameDataAndPort() throws IOException {
        ElasticsearchTestNode es = ElasticsearchTestNode.get();
        String index = ElasticsearchTestNode.uniquePrefix("restart") + "-docs";
        es.client().index(i -> i.index(index).id("1").document(Map.of("title", "kept")).refresh(Refresh.True));
        String url = es.url();

        es.stop();
        assertThat(es.node().isRunning()).isFalse();
        es.start();

        assertThat(es.url()).isEqualTo(url);
        assertThat(es.client().cluster().health().status()).isIn(HealthStatus.Yellow, HealthStatus.Green);
        assertThat(es.client().get(g -> g.index(index).id("1"), Map.class).found()).isTrue();
        StartReport report = es.node().findLastStart().orElseThrow();
        assertThat(report.unpacked()).isFalse();
        System.out.printf("Embedded Elasticsearch restart (warm): %d ms, resident memory %d MB%n",
                report.elapsed().toMillis(), es.node().residentMemoryBytes().orElse(0) / (1024 * 1024));
    }

    @Test
    void nodeThatExitsEarlyReportsItsLastLogLines() throws IOException {
        Path dir = scratchDirectory();
        EmbeddedNodeOptions options = testNodeOptions(dir).withHeap("1k");
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(options);

        try {
            assertThatThrownBy(node::start)
                .isInstanceOfSatisfying(EmbeddedElasticsearchException.NodeExited.class, e -> {
                    assertThat(e.exitCode()).isNotZero();
                    assertThat(e.logTail()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
                    assertThat(e.logFile()).isEqualTo(options.logFile().toString());
                })
                .hasMessageContaining("Last lines of the Elasticsearch log");
            assertThat(node.isRunning()).isFalse();
        } finally {
            FileTrees.delete(node.options().home());
            FileTrees.delete(dir);
        }
    }

    @Test
    void nodeThatIsNotHealthyInTimeIsStopped() throws IOException {
        Path dir = scratchDirectory();
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(testNodeOptions(dir)
                .withStartupTimeout(Duration.ofMillis(1)));

        try {
            assertThatThrownBy(node::start)
                .isInstanceOfSatisfying(EmbeddedElasticsearchException.StartupTimeout.class,
                        e -> assertThat(e.timeout()).isEqualTo(Duration.ofMillis(1)))
                .hasMessageContaining("startup_timeout");
            assertThat(node.isRunning()).isFalse();
        } finally {
            FileTrees.delete(node.options().home());
            FileTrees.delete(dir);
        }
    }

    /**
     * Under target/ and open to other users, not JUnit's private temp dirs: as root the node runs as another user,
     * who must be able to enter it (else the node would move to a fallback directory outside the build).
     */
    private static Path scratchDirectory() throws IOException {
        Path target = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        Path dir = java.nio.file.Files.createTempDirectory(target, "es-scratch-");
        FileTrees.makeTraversable(dir);
        return dir;
    }

    private static EmbeddedNodeOptions testNodeOptions(Path dir) {
        EmbeddedNodeOptions shared = ElasticsearchTestNode.get().node().options();
        return new EmbeddedNodeOptions(dir.resolve("home"), shared.distributionCache(), dir.resolve("es.log"),
                shared.zip(), 0, "512m", Duration.ofSeconds(60), shared.javaHome());
    }
}
