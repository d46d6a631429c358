package org.redflag.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.store.config.ConfigLoader;
import org.redflag.store.config.RedflagConfig;
import org.redflag.store.elasticsearch.ElasticsearchTestNode;

/**
 * The demo end to end, in process, on the real Elasticsearch of this test JVM: sample sites, demo sources, the
 * Quartz-fired crawl through the real crawler and classifier, the index, and the API with the demo's keys.
 */
class DemoIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @TempDir
    static Path dataDir;
    private static String indexPrefix;
    private static DemoRun demo;
    private static DemoSummary summary;

    @BeforeAll
    static void startDemo() throws Exception {
        ElasticsearchTestNode es = ElasticsearchTestNode.get();
        indexPrefix = ElasticsearchTestNode.uniquePrefix("demo");
        Path root = DemoSourcesCrawlIT.repoRoot();
        RedflagConfig config = ConfigLoader.of(RedflagConfig.class).withEnvironment(RedflagConfig.ENV_PREFIX, Map.of(
                        "REDFLAG_ELASTICSEARCH_URL", es.url(),
                        "REDFLAG_ELASTICSEARCH_INDEX_PREFIX", indexPrefix,
                        "REDFLAG_DATA_DIR", dataDir.toString(),
                        "REDFLAG_PATHS_INDICATORS_DIR", root.resolve("config/indicators").toString(),
                        "REDFLAG_PATHS_ELASTICSEARCH_DIR", root.resolve("config/elasticsearch").toString()))
                .load(root.resolve("config/demo/redflag.yml"));
        demo = DemoRun.start(config, root.resolve("config/demo/sources"));
    }

    @AfterAll
    static void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void readinessAnswers200WhileTheDemoRuns() {
        URI ready = demo.application().dashboardUri().resolve("/health/ready");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200));
    }

    @Test
    void theFirstCrawlFlagsAdsThatAreSearchableInElasticsearch() throws Exception {
        DemoSummary result = firstCrawls();
        assertThat(result.failedRuns()).isEmpty();
        assertThat(result.adsIndexed()).isEqualTo(totalSampleAds());
        assertThat(result.adsFlagged()).isPositive();
        elasticsearch("POST", "/" + indexPrefix + "-ads/_refresh", "");
        JsonNode flagged = elasticsearch("POST", "/" + indexPrefix + "-ads/_search", """
                {"size": 200, "_source": ["title", "platform", "url"],
                 "query": {"term": {"classification.flagged": true}}}""");
        assertThat(flagged.path("hits").path("total").path("value").asLong()).isEqualTo(result.adsFlagged());
        JsonNode first = flagged.path("hits").path("hits").get(0);
        String title = first.path("_source").path("title").asText();
        JsonNode byTitle = elasticsearch("POST", "/" + indexPrefix + "-ads/_search", JSON.writeValueAsString(Map.of(
                "query", Map.of("bool", Map.of(
                        "must", Map.of("match", Map.of("title", title)),
                        "filter", Map.of("term", Map.of("classification.flagged", true)))))));
        List<String> ids = new ArrayList<>();
        byTitle.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
        assertThat(ids).as("full-text search for '" + title + "'").contains(first.path("_id").asText());
        String url = first.path("_source").path("url").asText();
        assertThat(demo.sites().findAd(url)).as("a sample ad at " + url).isPresent();
    }

    private static JsonNode elasticsearch(String method, String path, String body) throws Exception {
        Request request = new Request(method, path);
        if (!body.isEmpty()) {
            request.setJsonEntity(body);
        }
        Response response = ElasticsearchTestNode.get().connection().restClient().performRequest(request);
        return JSON.readTree(response.getEntity().getContent());
    }

    @Test
    void aPlatformKeySeesReportsAboutItsOwnSiteOnly() throws Exception {
        firstCrawls();
        Map<String, String> confirmedBySite = new java.util.LinkedHashMap<>();
        for (SampleSite site : demo.sites().sites()) {
            confirmedBySite.put(site.id(), confirmOneFlaggedAd(site.id()));
        }
        for (SampleSite site : demo.sites().sites()) {
            JsonNode reports = get("/api/v1/reports", demo.keys().expectPlatformKey(site.id()));
            List<String> ids = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            reports.path("items").forEach(item -> {
                ids.add(item.path("id").asText());
                urls.add(item.path("url").asText());
            });
            assertThat(ids).contains(confirmedBySite.get(site.id()));
            assertThat(urls).allMatch(url -> url.startsWith(site.baseUrl() + "/"), "on " + site.baseUrl());
            confirmedBySite.forEach((other, id) -> {
                if (!other.equals(site.id())) {
                    assertThat(ids).doesNotContain(id);
                }
            });
        }
    }

    private static String confirmOneFlaggedAd(String platform) throws Exception {
        JsonNode ads = get("/api/v1/ads?flagged=true&platform=" + platform, demo.keys().analyst());
        assertThat(ads.path("items").size()).as("flagged ads of " + platform).isPositive();
        String id = ads.path("items").get(0).path("id").asText();
        String version = get("/api/v1/ads/" + id, demo.keys().analyst()).path("version").asText();
        String body = JSON.writeValueAsString(Map.of("version", version, "status", "confirmed"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api("/api/v1/ads/" + id + "/triage"))
                .header("Authorization", "Bearer " + demo.keys().analyst())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return id;
    }

    private static JsonNode get(String path, String key) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api(path))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static URI api(String path) {
        return demo.application().dashboardUri().resolve(path);
    }

    private static synchronized DemoSummary firstCrawls() throws Exception {
        if (summary == null) {
            summary = demo.awaitFirstCrawls(Duration.ofMinutes(10));
        }
        return summary;
    }

    private static long totalSampleAds() {
        return demo.sites().sites().stream().mapToInt(SampleSite::adCount).sum();
    }
}
