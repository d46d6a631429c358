package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.store.StoreUnavailableException;
import org.redflag.store.config.ConfigLoader;
import org.redflag.store.config.RedflagConfig;

/**
 * Retries of bulk writes against a local HTTP server that answers like an overloaded Elasticsearch: a real cluster
 * cannot be made to refuse single items on demand.
 */
class BulkWriterTest {
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ElasticsearchConnection connection;

    private record Answer(int status, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/_bulk", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer answer = answers.isEmpty() ? new Answer(500, "{}") : answers.removeFirst();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String yaml = "elasticsearch:\n  url: http://127.0.0.1:" + server.getAddress().getPort()
                + "\n  retry:\n    max_attempts: 3\n    initial_backoff: 1ms\n    max_backoff: 2ms\n";
        connection = ElasticsearchConnection.open(ConfigLoader.of(RedflagConfig.class).parse(yaml, "test")
                .elasticsearch());
    }

    @AfterEach
    void stop() {
        connection.close();
        server.stop(0);
    }

    private BulkWriter writer() {
        return new BulkWriter(connection.client(), new Retrier(connection.config().retry(), "test cluster"));
    }

    private static List<BulkOperation> operations(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> BulkOperation.of(b -> b.index(i -> i.index("ads").id(id)
                .document(Map.of("id", id))))).toList();
    }

    private static String items(String... statuses) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < statuses.length; i++) {
            int status = Integer.parseInt(statuses[i].split(":")[1]);
            String id = statuses[i].split(":")[0];
            String error = status < 300 ? "" : ",\"error\":{\"type\":\"" + (status == 429
                    ? "es_rejected_execution_exception" : "mapper_parsing_exception") + "\",\"reason\":\"nope\"}";
            items.append(i == 0 ? "" : ",").append("{\"index\":{\"_index\":\"ads\",\"_id\":\"").append(id)
                    .append("\",\"status\":").append(status).append(error).append("}}");
        }
        return "{\"took\":1,\"errors\":true,\"items\":[" + items + "]}";
    }

    @Test
    void resendsOnlyTheItemsRefusedWith429() {
        answers.add(new Answer(200, items("a:429", "b:201", "c:429")));
        answers.add(new Answer(200, items("a:201", "c:201")));

        BulkWriter.Outcome outcome = writer().write("saving", operations("a", "b", "c"));

        assertThat(outcome.rejected()).isEmpty();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).contains("\"a\"").contains("\"c\"").doesNotContain("\"b\"");
    }

    @Test
    void retriesWholeRequestsThatFailWith503() {
        answers.add(new Answer(503, "{\"error\":{\"type\":\"unavailable\",\"reason\":\"starting\"},\"status\":503}"));
        answers.add(new Answer(200, items("a:201")));

        assertThat(writer().write("saving", operations("a")).rejected()).isEmpty();
        assertThat(requests).hasSize(2);
    }

    @Test
    void givesUpAsUnavailableAfterTheLastAttempt() {
        answers.add(new Answer(200, items("a:429")));
        answers.add(new Answer(200, items("a:429")));
        answers.add(new Answer(200, items("a:429")));

        assertThatThrownBy(() -> writer().write("saving 1 ads", operations("a")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("saving 1 ads")
                .hasMessageContaining("Nothing was lost");
        assertThat(requests).hasSize(3);
    }

    @Test
    void reportsPermanentRefusalsAndConflictsWithoutRetrying() {
        answers.add(new Answer(200, items("a:400", "b:409", "c:201")));

        BulkWriter.Outcome outcome = writer().write("saving", operations("a", "b", "c"));

        assertThat(outcome.rejected()).containsOnlyKeys("a");
        assertThat(outcome.rejected().get("a")).contains("mapper_parsing_exception");
        assertThat(outcome.conflicts()).containsExactly("b");
        assertThat(requests).hasSize(1);
    }
}
