package org.redflag.app.api.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.redflag.app.web.ReadinessCheck;
import org.redflag.crawler.schedule.CrawlScheduler;

/** Readiness checks of the real components, for {@code GET /health/ready}. */
public final class ReadinessChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MS = 3_000;
    private static final RequestOptions QUICK = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(TIMEOUT_MS).setSocketTimeout(TIMEOUT_MS)
                    .setConnectionRequestTimeout(TIMEOUT_MS).build())
            .build();

    private ReadinessChecks() {
    }

    /** Up while the crawl scheduler is started and not shut down. */
    public static ReadinessCheck scheduler(CrawlScheduler scheduler) {
        return ReadinessCheck.of("scheduler", () -> scheduler.isStarted()
                ? ReadinessCheck.Result.up(scheduler.schedules().size() + " sources scheduled")
                : ReadinessCheck.Result.down("the crawl scheduler is not running"));
    }

    /**
     * Up while the cluster answers {@code GET /_cluster/health} within 3 s with status yellow or green. Pass
     * {@code ElasticsearchConnection.restClient()}.
     */
    public static ReadinessCheck elasticsearch(RestClient client) {
        return ReadinessCheck.of("elasticsearch", () -> clusterHealth(client));
    }

    private static ReadinessCheck.Result clusterHealth(RestClient client) {
        Request request = new Request("GET", "/_cluster/health");
        request.setOptions(QUICK);
        try {
            Response response = client.performRequest(request);
            String status = status(response);
            return "red".equals(status)
                    ? ReadinessCheck.Result.down("cluster health is red")
                    : ReadinessCheck.Result.up("cluster health is " + status);
        } catch (IOException e) {
            return ReadinessCheck.Result.down("not reachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static String status(Response response) throws IOException {
        try (InputStream body = response.getEntity().getContent()) {
            JsonNode health = JSON.readTree(body);
            return health.path("status").asText("unknown");
        }
    }
}
