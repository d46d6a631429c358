package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.store.CrawlRun;

class OperatorApiIT {
    private ApiTestServer api;

    @BeforeEach
    void start() {
        api = new ApiTestServer();
        api.sources.add("harbour", "harbour-jobs", "0 0 */6 * * ?").add("huarenjie", "huarenjie", "0 30 * * * ?");
        api.runs.saveCrawlRun(run("r1", "harbour", "2026-11-20T10:00:00Z"));
        api.runs.saveCrawlRun(run("r2", "huarenjie", "2026-11-21T10:00:00Z"));
        api.runs.saveCrawlRun(run("r3", "harbour", "2026-11-22T10:00:00Z"));
        api.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static CrawlRun run(String id, String source, String started) {
        Instant start = Instant.parse(started);
        return new CrawlRun(id, source, "schedule", start, start.plusSeconds(60), "succeeded", 40, 5, 1, 30, 0, 2,
                Map.of("http_4xx", 1L), "");
    }

    @Test
    void listsSourcesWithTheirSchedules() {
        JsonNode page = ApiTestServer.json(api.get("/api/v1/sources", api.operatorKey));

        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo("harbour");
        assertThat(page.path("items").get(0).path("cron").asText()).isEqualTo("0 0 */6 * * ?");
    }

    @Test
    void listsRecentRunsNewestFirstForAllOrOneSource() {
        JsonNode all = ApiTestServer.json(api.get("/api/v1/crawl-runs?limit=2", api.operatorKey));
        JsonNode harbour = ApiTestServer.json(api.get("/api/v1/sources/harbour/runs", api.operatorKey));

        assertThat(all.path("items").findValuesAsText("id")).containsExactly("r3", "r2");
        assertThat(harbour.path("items").findValuesAsText("id")).containsExactly("r3", "r1");
        assertThat(harbour.path("items").get(0).path("errors").path("http_4xx").asLong()).isEqualTo(1);
    }

    @Test
    void runsASourceNowAndRefusesASecondRunWhileItRuns() {
        HttpResponse<String> first = api.send("POST", "/api/v1/sources/harbour/run", api.operatorKey, null);
        HttpResponse<String> second = api.send("POST", "/api/v1/sources/harbour/run", api.operatorKey, null);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(api.sources.started).containsExactly("harbour");
    }

    @Test
    void unknownSourceIs404() {
        assertThat(api.send("POST", "/api/v1/sources/nope/run", api.operatorKey, null).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/sources/nope/runs", api.operatorKey).statusCode()).isEqualTo(404);
    }

    @Test
    void changesTheScheduleWithAValidCron() {
        HttpResponse<String> response = api.send("PUT", "/api/v1/sources/harbour/schedule", api.operatorKey,
                "{\"cron\":\"0 15 2 * * ?\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiTestServer.json(response).path("cron").asText()).isEqualTo("0 15 2 * * ?");
        assertThat(api.sources.findSource("harbour").orElseThrow().cron()).isEqualTo("0 15 2 * * ?");
    }

    @Test
    void refusesAnInvalidCronSayingWhatAValidOneLooksLike() {
        HttpResponse<String> response = api.send("PUT", "/api/v1/sources/harbour/schedule", api.operatorKey,
                "{\"cron\":\"every six hours\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ApiTestServer.json(response);
        assertThat(error.path("error").asText()).contains("cron").contains("0 0 */6 * * ?");
        assertThat(error.path("details").path("value").asText()).isEqualTo("every six hours");
        assertThat(api.sources.findSource("harbour").orElseThrow().cron()).isEqualTo("0 0 */6 * * ?");
    }
}
