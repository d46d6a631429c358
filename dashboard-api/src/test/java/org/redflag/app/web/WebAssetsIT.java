package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebAssetsIT {
    private static ApiTestServer api;

    @BeforeAll
    static void start() {
        api = new ApiTestServer().start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void servesTheDashboardWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = api.get("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/assets/dashboard.js\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.STRICT_CSP);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(api.get("/assets/dashboard.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void dashboardLoadsNothingFromAnotherHost() {
        String page = api.get("/", null).body() + api.get("/api/docs", null).body();

        assertThat(page).doesNotContain("http://", "https://", "//cdn");
    }

    @Test
    void servesSwaggerUiFromTheLocalWebjarWithTheValidatorOff() {
        HttpResponse<String> docs = api.get("/api/docs", null);
        Matcher bundle = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\"")
                .matcher(docs.body());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(bundle.find()).isTrue();
        assertThat(api.get(bundle.group(1), null).statusCode()).isEqualTo(200);
        assertThat(api.get("/assets/docs-init.js", null).body()).contains("validatorUrl: null");
    }

    @Test
    void openApiDocumentDescribesEveryApiRoute() throws Exception {
        HttpResponse<String> response = api.get("/api/openapi.yaml", null);
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(response.body());

        List<String> documented = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrder(
                "GET /api/v1/me", "GET /api/v1/ads", "GET /api/v1/ads/export", "GET /api/v1/ads/{id}", "GET /api/v1/ads/{id}/linked",
                "PATCH /api/v1/ads/{id}/triage", "GET /api/v1/sources", "GET /api/v1/sources/{id}",
                "GET /api/v1/sources/{id}/runs", "POST /api/v1/sources/{id}/run", "PUT /api/v1/sources/{id}/schedule",
                "GET /api/v1/crawl-runs", "GET /api/v1/reports", "GET /api/v1/reports/{id}",
                "POST /api/v1/reports/{id}/acknowledge", "POST /api/v1/reports/{id}/response", "GET /health/live",
                "GET /health/ready", "GET /metrics", "GET /api/openapi.yaml");
    }

    @Test
    void apiAnswersAreNeverCached() {
        assertThat(api.get("/api/v1/me", api.analystKey).headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
