package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.app.api.TestAds;

class AccessControlIT {
    private static ApiTestServer api;

    @BeforeAll
    static void start() {
        api = new ApiTestServer();
        api.ads.add(TestAds.ad("ad1").flagged(0.9).build());
        api.sources.add("harbour", "harbour-jobs", "0 0 * * * ?");
        api.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void refusesRequestWithoutKeyWith401AndSaysHowToSendOne() {
        HttpResponse<String> response = api.get("/api/v1/ads", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"redflag\"");
        assertThat(ApiTestServer.json(response).path("error").asText()).contains("Authorization: Bearer");
    }

    @Test
    void refusesUnknownKeyWith401WithoutEchoingIt() {
        HttpResponse<String> response = api.get("/api/v1/ads", "rf_not-a-key-but-long-enough");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("rf_not-a-key");
    }

    @Test
    void acceptsKeyInXApiKeyHeader() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/ads"))
                .header("X-API-Key", api.analystKey).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiTestServer.json(response).path("total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1} with the {2} key is {3}")
    @CsvSource({
        "GET, /api/v1/ads, platform, 403",
        "GET, /api/v1/ads, operator, 403",
        "GET, /api/v1/ads, analyst, 200",
        "GET, /api/v1/sources, analyst, 403",
        "GET, /api/v1/sources, platform, 403",
        "GET, /api/v1/sources, operator, 200",
        "GET, /api/v1/crawl-runs, operator, 200",
        "GET, /api/v1/reports, analyst, 403",
        "GET, /api/v1/reports, operator, 403",
        "GET, /api/v1/reports, platform, 200",
        "POST, /api/v1/sources/harbour/run, analyst, 403",
        "GET, /api/v1/me, platform, 200",
    })
    void checksTheRoleOfEveryEndpoint(String method, String path, String role, int status) {
        String key = switch (role) {
            case "analyst" -> api.analystKey;
            case "operator" -> api.operatorKey;
            default -> api.harbourKey;
        };
        HttpResponse<String> response = api.send(method, path, key, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(ApiTestServer.json(response).path("details").path("your_role").asText()).isEqualTo(role);
        }
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        assertThat(api.get("/health/live", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/metrics", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownApiPathIsJson404() {
        HttpResponse<String> response = api.get("/api/v1/nothing-here", api.analystKey);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestServer.json(response).path("error").asText()).contains("/api/docs");
    }
}
