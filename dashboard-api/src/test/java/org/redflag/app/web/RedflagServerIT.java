package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.app.api.FakeSourceOperations;
import org.redflag.app.api.InMemoryAdSearch;
import org.redflag.app.auth.ApiKeyRegistry;
import org.redflag.store.InMemoryAdStore;
import org.redflag.store.config.ServerConfig;

/** The server's life cycle as the application drives it. */
class RedflagServerIT {
    private static RedflagServer newServer() {
        InMemoryAdStore runs = new InMemoryAdStore();
        return new RedflagServer(ServerConfig.defaults(), new ApiKeyRegistry(), new ServerBackends(
                new InMemoryAdSearch(), runs::recentCrawlRuns, new FakeSourceOperations(), List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
    }

    @Test
    void startReturnsTheBoundPortAndRefusesASecondStart() {
        RedflagServer server = newServer();
        try {
            int port = server.start("127.0.0.1", 0);

            assertThat(port).isPositive().isEqualTo(server.port());
            assertThat(server.uri("127.0.0.1").toString()).isEqualTo("http://127.0.0.1:" + port + "/");
            assertThatThrownBy(() -> server.start("127.0.0.1", 0)).isInstanceOf(IllegalStateException.class);
        } finally {
            server.stop();
        }
    }

    @Test
    void aTakenPortFailsNamingTheAddressAndTheSettingToChange() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RedflagServer server = newServer();

            assertThatThrownBy(() -> server.start("127.0.0.1", taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("server.port");
            assertThatCode(server::stop).doesNotThrowAnyException();
        }
    }

    @Test
    void stopIsHarmlessBeforeStartAndTwice() {
        RedflagServer server = newServer();

        assertThatCode(() -> {
            server.stop();
            server.close();
        }).doesNotThrowAnyException();
    }
}
