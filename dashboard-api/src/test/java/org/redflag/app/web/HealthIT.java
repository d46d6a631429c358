package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthIT {
    private final AtomicBoolean elasticsearchUp = new AtomicBoolean(true);
    private final AtomicBoolean schedulerUp = new AtomicBoolean(true);
    private ApiTestServer api;

    @BeforeEach
    void start() {
        api = new ApiTestServer();
        api.readiness.add(ReadinessCheck.of("elasticsearch", () -> elasticsearchUp.get()
                ? ReadinessCheck.Result.up("cluster green") : ReadinessCheck.Result.down("connection refused")));
        api.readiness.add(ReadinessCheck.of("scheduler", () -> {
            if (!schedulerUp.get()) {
                throw new IllegalStateException("scheduler shut down");
            }
            return ReadinessCheck.Result.up("2 jobs");
        }));
        api.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void liveWhileTheProcessRuns() {
        assertThat(api.get("/health/live", null).statusCode()).isEqualTo(200);
    }

    @Test
    void readyWhenEveryCheckIsUp() {
        HttpResponse<String> response = api.get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiTestServer.json(response).path("checks").path("elasticsearch").path("detail").asText())
                .isEqualTo("cluster green");
    }

    @Test
    void notReadyWhenElasticsearchIsDownNamingTheCheck() {
        elasticsearchUp.set(false);

        HttpResponse<String> response = api.get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = ApiTestServer.json(response);
        assertThat(body.path("failed").get(0).asText()).isEqualTo("elasticsearch");
        assertThat(body.path("failed")).hasSize(1);
        assertThat(body.path("checks").path("elasticsearch").path("detail").asText()).isEqualTo("connection refused");
    }

    @Test
    void notReadyWhenTheSchedulerCheckFails() {
        schedulerUp.set(false);

        JsonNode body = ApiTestServer.json(api.get("/health/ready", null));

        assertThat(body.path("status").asText()).isEqualTo("down");
        assertThat(body.path("failed").get(0).asText()).isEqualTo("scheduler");
        assertThat(body.path("checks").path("scheduler").path("detail").asText()).contains("scheduler shut down");
    }

    @Test
    void metricsShowRequestTimersByRouteAndCountersOthersRegister() {
        api.metrics.counter("redflag.crawl.pages").increment(3);
        api.get("/api/v1/ads/some-id", api.analystKey);
        api.get("/no/such/page", null);
        api.get("/assets/dashboard.css", null);

        HttpResponse<String> response = api.get("/metrics", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(response.body())
                .contains("redflag_crawl_pages_total 3.0")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/ads/\\{id}\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"unmatched\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"static\"")
                .doesNotContain("some-id", "/no/such/page");
    }
}
