package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.app.api.TestAds;
import org.redflag.app.api.TriageStatus;
import org.redflag.classifier.Element;
import org.redflag.store.CrawlRun;

/** The hand-written OpenAPI schemas name exactly the fields the server sends. */
class OpenApiContractIT {
    private static ApiTestServer api;
    private static JsonNode schemas;

    @BeforeAll
    static void start() throws IOException {
        api = new ApiTestServer();
        api.ads.add(TestAds.ad("a1").text("Visa paid, casino work").flagged(0.9)
                .indicator("travel_paid", Element.ACT, "Visa paid").phones("+85512345678").build());
        api.ads.triage("a1", TriageStatus.CONFIRMED);
        api.sources.add("harbour", "harbour-jobs", "0 0 * * * ?");
        api.runs.saveCrawlRun(new CrawlRun("r1", "harbour", "manual", Instant.EPOCH, Instant.EPOCH, "succeeded",
                1, 1, 0, 0, 0, 1, Map.of(), ""));
        api.start();
        schemas = new ObjectMapper(new YAMLFactory()).readTree(api.get("/api/openapi.yaml", null).body())
                .path("components").path("schemas");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Set<String> documented(String schema) {
        Set<String> names = new HashSet<>();
        schemas.path(schema).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> sent(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode get(String path, String key) {
        return ApiTestServer.json(api.get(path, key));
    }

    @Test
    void adSchemasMatchTheAnalystAnswers() {
        JsonNode detail = get("/api/v1/ads/a1", api.analystKey);

        assertThat(sent(detail)).isEqualTo(documented("AdDetail"));
        assertThat(sent(detail.path("explanation"))).isEqualTo(documented("Explanation"));
        assertThat(sent(detail.path("listing"))).isEqualTo(documented("Listing"));
        assertThat(sent(detail.path("triage"))).isEqualTo(documented("Triage"));
        assertThat(sent(detail.path("platform_response"))).isEqualTo(documented("PlatformResponse"));
        assertThat(sent(get("/api/v1/ads", api.analystKey).path("items").get(0))).isEqualTo(documented("AdSummary"));
    }

    @Test
    void reportSchemaMatchesThePlatformAnswer() {
        assertThat(sent(get("/api/v1/reports/a1", api.harbourKey))).isEqualTo(documented("Report"));
    }

    @Test
    void operatorSchemasMatchTheOperatorAnswers() {
        assertThat(sent(get("/api/v1/sources/harbour", api.operatorKey))).isEqualTo(documented("Source"));
        assertThat(sent(get("/api/v1/crawl-runs", api.operatorKey).path("items").get(0)))
                .isEqualTo(documented("CrawlRun"));
    }

    @Test
    void errorSchemaMatchesAnError() {
        assertThat(sent(get("/api/v1/ads/nope", api.analystKey))).isEqualTo(documented("Error"));
    }
}
