package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.store.StoreUnavailableException;
import org.redflag.store.config.ConfigLoader;
import org.redflag.store.config.RedflagConfig;

class ElasticsearchServiceIT {

    @Test
    void connectsToAConfiguredClusterWithoutStartingANode() {
        ElasticsearchTestNode es = ElasticsearchTestNode.get();
        String prefix = ElasticsearchTestNode.uniquePrefix("service");

        try (ElasticsearchService service = ElasticsearchService.start(config(es.url(), prefix))) {
            service.store().saveAds(List.of(TestAds.ad("https://jobs.example/s", "Title", "Body", 0.9)));

            assertThat(service.findEmbeddedNode()).isEmpty();
            assertThat(service.isHealthy()).isTrue();
            assertThat(service.store().countFlagged()).isEqualTo(1);
            assertThat(service.store().names().prefix()).isEqualTo(prefix);
        }
    }

    @Test
    void unreachableClusterFailsStartUpAsUnavailableNamingItsUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> ElasticsearchService.start(config(url, "unreachable")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("installing the index templates");
    }

    private static RedflagConfig config(String url, String prefix) {
        String yaml = "elasticsearch:\n  url: " + url + "\n  index_prefix: " + prefix + "\n"
                + "  retry:\n    max_attempts: 2\n    initial_backoff: 10ms\n"
                + "paths:\n  elasticsearch_dir: ../config/elasticsearch\n";
        return ConfigLoader.of(RedflagConfig.class).parse(yaml, "test configuration");
    }
}
