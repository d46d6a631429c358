package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.app.api.TestAds;
import org.redflag.app.api.backend.ReadinessChecks;
import org.redflag.app.api.backend.StoreAdSearch;
import org.redflag.classifier.Element;
import org.redflag.store.elasticsearch.ElasticsearchAdStore;
import org.redflag.store.elasticsearch.ElasticsearchConnection;
import org.redflag.store.elasticsearch.ElasticsearchTestNode;
import org.redflag.store.config.AuthConfig;
import org.redflag.store.config.ServerConfig;

/** The API on the real store: the embedded Elasticsearch node of the test JVM. */
class ElasticsearchApiIT {
    private static final String TEXT = "Casino hosts wanted in Bavet. Flight and visa paid. Contact on WhatsApp only.";
    private static ElasticsearchTestNode es;
    private static ElasticsearchConnection connection;
    private static ApiTestServer api;

    @BeforeAll
    static void start() {
        es = ElasticsearchTestNode.get();
        connection = ElasticsearchConnection.open(es.config(ElasticsearchTestNode.uniquePrefix("api")));
        ElasticsearchAdStore store = ElasticsearchAdStore.open(connection);
        store.saveAds(List.of(
                TestAds.ad("es-h1").platform("harbour-jobs").title("Casino hosts").text(TEXT).flagged(0.91)
                        .indicator("scam_role_abroad", Element.PURPOSE, "Casino hosts wanted in Bavet")
                        .indicator("travel_paid", Element.ACT, "Flight and visa paid")
                        .phones("+85599000111").build(),
                TestAds.ad("es-h2").platform("harbour-jobs").title("Waiters").flagged(0.62).build(),
                TestAds.ad("es-z1").platform("huarenjie").title("打字员").text("高薪 包机票").flagged(0.88)
                        .phones("+85599000111").build(),
                TestAds.ad("es-plain").platform("harbour-jobs").title("Accountant").risk(0.02).build()));
        store.refresh();
        api = new ApiTestServer().using(new StoreAdSearch(store), store::recentCrawlRuns);
        api.readiness.add(ReadinessChecks.elasticsearch(connection.restClient()));
        api.start(new ServerConfig(null, null, null, "flagged", new AuthConfig(null)));
    }

    @AfterAll
    static void stop() {
        api.close();
        connection.close();
    }

    @Test
    void analystQueueComesFromElasticsearchHighestRiskFirst() {
        assertThat(ids(api.get("/api/v1/ads", api.analystKey))).containsExactly("es-h1", "es-z1", "es-h2");
        assertThat(ids(api.get("/api/v1/ads?contact=%2B85599000111", api.analystKey)))
                .containsExactlyInAnyOrder("es-h1", "es-z1");
    }

    @Test
    void adDetailMarksTheEvidenceStoredWithTheAd() {
        JsonNode ad = ApiTestServer.json(api.get("/api/v1/ads/es-h1", api.analystKey));

        List<String> marked = new ArrayList<>();
        for (JsonNode field : ad.path("explanation").path("highlighted")) {
            field.path("segments").forEach(s -> {
                if (!s.path("indicators").isEmpty()) {
                    marked.add(s.path("text").asText());
                }
            });
        }
        assertThat(marked).containsExactly("Casino hosts wanted in Bavet", "Flight and visa paid");
        JsonNode linked = ApiTestServer.json(api.get("/api/v1/ads/es-h1/linked", api.analystKey));
        assertThat(linked.path("links").get(0).path("ads").get(0).path("id").asText()).isEqualTo("es-z1");
    }

    @Test
    void platformKeySeesOnlyItsOwnSiteInTheStoreQuery() {
        assertThat(ids(api.get("/api/v1/reports", api.harbourKey))).containsExactly("es-h1", "es-h2");
        assertThat(ids(api.get("/api/v1/reports", api.huarenjieKey))).containsExactly("es-z1");
        assertThat(api.get("/api/v1/reports/es-z1", api.harbourKey).statusCode()).isEqualTo(404);
    }

    @Test
    void concurrentTriageIsGuardedByTheStoredVersion() {
        String version = ApiTestServer.json(api.get("/api/v1/ads/es-h2", api.analystKey)).path("version").asText();

        HttpResponse<String> first = api.send("PATCH", "/api/v1/ads/es-h2/triage", api.analystKey,
                "{\"version\":\"" + version + "\",\"status\":\"in_review\",\"assignee\":\"alice\"}");
        HttpResponse<String> second = api.send("PATCH", "/api/v1/ads/es-h2/triage", api.analystKey,
                "{\"version\":\"" + version + "\",\"status\":\"dismissed\"}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        JsonNode stored = ApiTestServer.json(api.get("/api/v1/ads/es-h2", api.analystKey));
        assertThat(stored.path("triage").path("status").asText()).isEqualTo("in_review");
        assertThat(stored.path("triage").path("assignee").asText()).isEqualTo("alice");
    }

    @Test
    void platformAnswerIsStoredWithTheAd() {
        HttpResponse<String> answer = api.send("POST", "/api/v1/reports/es-z1/response", api.huarenjieKey,
                "{\"action\":\"account_suspended\",\"note\":\"poster banned\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode ad = ApiTestServer.json(api.get("/api/v1/ads/es-z1", api.analystKey));
        assertThat(ad.path("platform_response").path("state").asText()).isEqualTo("actioned");
        assertThat(ad.path("platform_response").path("action").asText()).isEqualTo("account_suspended");
    }

    @Test
    void readyWhileElasticsearchRunsAndNotReadyWhenItStops() {
        assertThat(api.get("/health/ready", null).statusCode()).isEqualTo(200);
        try {
            es.stop();
            HttpResponse<String> down = api.get("/health/ready", null);

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(ApiTestServer.json(down).path("failed").get(0).asText()).isEqualTo("elasticsearch");
            assertThat(api.get("/api/v1/ads", api.analystKey).statusCode()).isEqualTo(503);
        } finally {
            es.start();
        }
        assertThat(api.get("/health/ready", null).statusCode()).isEqualTo(200);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ApiTestServer.json(response).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
