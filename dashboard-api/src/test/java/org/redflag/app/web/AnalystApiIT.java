package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.app.api.TestAds;
import org.redflag.app.api.TriageStatus;
import org.redflag.classifier.Element;

class AnalystApiIT {
    private static final String SCAM_TEXT = "Typing job in Sihanoukville, salary 3000 USD, flight ticket paid. "
            + "No experience needed. Contact on Telegram only.";

    private static ApiTestServer api;

    @BeforeAll
    static void start() {
        api = new ApiTestServer().start();
    }

    /** Every test starts from the same ads, untouched by analysts. */
    @BeforeEach
    void resetAds() {
        api.ads.add(
                TestAds.ad("scam1").title("Typing staff wanted").text(SCAM_TEXT).flagged(0.93)
                        .indicator("scam_role_abroad", Element.PURPOSE, "Typing job in Sihanoukville")
                        .indicator("travel_paid", Element.ACT, "flight ticket paid")
                        .indicator("no_experience", Element.MEANS, "No experience needed")
                        .phones("+85512345678").build(),
                TestAds.ad("scam2").platform("huarenjie").title("客服 高薪").text("Same number, other site.")
                        .flagged(0.71).phones("+85512345678").build(),
                TestAds.ad("mild").title("Waiter").text("Waiter wanted, housing provided.").flagged(0.55).build(),
                TestAds.ad("plain").title("Accountant").text("Accountant for a local firm.").risk(0.05).build());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = api.get(path, api.analystKey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiTestServer.json(response);
    }

    @Test
    void listsFlaggedAdsHighestRiskFirst() {
        JsonNode page = getJson("/api/v1/ads");

        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(ids(page)).containsExactly("scam1", "scam2", "mild");
        assertThat(page.path("items").get(0).path("status").asText()).isEqualTo("new");
    }

    @Test
    void filtersByPlatformRiskTextAndContact() {
        assertThat(ids(getJson("/api/v1/ads?platform=huarenjie"))).containsExactly("scam2");
        assertThat(ids(getJson("/api/v1/ads?min_risk=0.8"))).containsExactly("scam1");
        assertThat(ids(getJson("/api/v1/ads?q=waiter"))).containsExactly("mild");
        assertThat(ids(getJson("/api/v1/ads?contact=%2B85512345678"))).containsExactly("scam1", "scam2");
        assertThat(ids(getJson("/api/v1/ads?flagged=false&sort=risk"))).containsExactly("scam1", "scam2", "mild",
                "plain");
    }

    @Test
    void pagesThroughTheQueue() {
        JsonNode second = getJson("/api/v1/ads?limit=2&offset=2");

        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(ids(second)).containsExactly("mild");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource({
        "/api/v1/ads?limit=0, limit",
        "/api/v1/ads?limit=abc, limit",
        "/api/v1/ads?min_risk=2, min_risk",
        "/api/v1/ads?status=open, status",
        "/api/v1/ads?sort=oldest, sort",
        "/api/v1/ads?flagged=yes, flagged",
        "/api/v1/ads?limt=5, limt",
        "/api/v1/ads?limit=5&limit=6, limit",
        "/api/v1/ads/bad%20id, id",
    })
    void refusesInvalidParametersNamingThem(String path, String parameter) {
        HttpResponse<String> response = api.get(path, api.analystKey);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ApiTestServer.json(response);
        assertThat(error.path("error").asText()).contains("'" + parameter + "'");
        assertThat(error.path("details").path("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void showsOneAdWithItsEvidenceMarkedInTheText() {
        JsonNode ad = getJson("/api/v1/ads/scam1");

        assertThat(ad.path("listing").path("title").asText()).isEqualTo("Typing staff wanted");
        assertThat(ad.path("contacts").path("phones").get(0).asText()).isEqualTo("+85512345678");
        JsonNode explanation = ad.path("explanation");
        assertThat(explanation.path("element_scores").path("act").asDouble()).isEqualTo(0.93);
        assertThat(explanation.path("indicators")).hasSize(3);
        JsonNode text = field(explanation.path("highlighted"), "text");
        List<String> marked = new ArrayList<>();
        StringBuilder whole = new StringBuilder();
        for (JsonNode segment : text.path("segments")) {
            whole.append(segment.path("text").asText());
            if (!segment.path("indicators").isEmpty()) {
                marked.add(segment.path("elements").get(0).asText() + ":" + segment.path("text").asText());
            }
        }
        assertThat(whole.toString()).isEqualTo(SCAM_TEXT);
        assertThat(marked).containsExactly("purpose:Typing job in Sihanoukville", "act:flight ticket paid",
                "means:No experience needed");
    }

    @Test
    void unknownAdIs404() {
        HttpResponse<String> response = api.get("/api/v1/ads/nope", api.analystKey);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestServer.json(response).path("details").path("ad_id").asText()).isEqualTo("nope");
    }

    @Test
    void findsAdsLinkedByASharedPhoneNumber() {
        JsonNode linked = getJson("/api/v1/ads/scam1/linked");

        JsonNode link = linked.path("links").get(0);
        assertThat(link.path("kind").asText()).isEqualTo("phone");
        assertThat(link.path("contact").asText()).isEqualTo("+85512345678");
        assertThat(link.path("ads")).hasSize(1);
        assertThat(link.path("ads").get(0).path("id").asText()).isEqualTo("scam2");
    }

    @Test
    void triageChangesStatusAssigneeAndAddsANoteByTheKeyHolder() {
        String version = getJson("/api/v1/ads/scam1").path("version").asText();

        HttpResponse<String> response = api.send("PATCH", "/api/v1/ads/scam1/triage", api.analystKey,
                "{\"version\":\"" + version + "\",\"status\":\"confirmed\",\"assignee\":\"bob\",\"note\":\"Same "
                        + "phone as a known compound ad\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode triage = ApiTestServer.json(response).path("triage");
        assertThat(triage.path("status").asText()).isEqualTo("confirmed");
        assertThat(triage.path("assignee").asText()).isEqualTo("bob");
        assertThat(triage.path("notes").get(0).path("author").asText()).isEqualTo("alice");
        assertThat(api.ads.expect("scam1").triage().status()).isEqualTo(TriageStatus.CONFIRMED);
        assertThat(ids(getJson("/api/v1/ads?status=new,in_review"))).containsExactly("scam2", "mild");
    }

    @Test
    void secondTriageWithAStaleVersionGets409AndChangesNothing() {
        String version = getJson("/api/v1/ads/scam1").path("version").asText();
        HttpResponse<String> first = api.send("PATCH", "/api/v1/ads/scam1/triage", api.analystKey,
                "{\"version\":\"" + version + "\",\"status\":\"dismissed\"}");
        assertThat(first.statusCode()).isEqualTo(200);

        HttpResponse<String> second = api.send("PATCH", "/api/v1/ads/scam1/triage", api.analystKey,
                "{\"version\":\"" + version + "\",\"status\":\"confirmed\"}");

        assertThat(second.statusCode()).isEqualTo(409);
        JsonNode details = ApiTestServer.json(second).path("details");
        assertThat(details.path("your_version").asText()).isEqualTo(version);
        assertThat(details.path("current_version").asText())
                .isEqualTo(ApiTestServer.json(first).path("version").asText());
        assertThat(api.ads.expect("scam1").triage().status()).isEqualTo(TriageStatus.DISMISSED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"status\":\"confirmed\"}                     | 'version'",
        "{\"version\":\"1:1\"}                          | at least one of",
        "{\"version\":\"1:1\",\"status\":\"maybe\"}     | 'status'",
        "{\"version\":\"1:1\",\"stauts\":\"confirmed\"} | 'stauts'",
        "{\"version\":\"1:1\",\"status\":[1]}           | 'status'",
        "{\"version\":\"1:1\",                          | not valid JSON",
        "''                                             | empty",
    })
    void refusesInvalidTriageBodiesNamingTheProblem(String body, String expected) {
        HttpResponse<String> response = api.send("PATCH", "/api/v1/ads/scam1/triage", api.analystKey, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ApiTestServer.json(response).path("error").asText()).contains(expected);
        assertThat(api.ads.expect("scam1").triage().status()).isEqualTo(TriageStatus.NEW);
    }

    @Test
    void refusesBodiesLargerThanTheLimitWith413() {
        String note = "x".repeat(70_000);
        HttpResponse<String> response = api.send("PATCH", "/api/v1/ads/scam1/triage", api.analystKey,
                "{\"version\":\"1:1\",\"note\":\"" + note + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ApiTestServer.json(response).path("error").asText()).contains("max_request_bytes");
    }

    @Test
    void exportsTheFilteredQueueAsCsvWithFormulasDefused() {
        HttpResponse<String> response = api.get("/api/v1/ads/export?min_risk=0.6", api.analystKey);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("redflag-ads.csv");
        String[] lines = response.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,url,platform,source_id,title,risk");
        assertThat(lines[1]).startsWith("scam1,").contains("scam_role_abroad;travel_paid;no_experience")
                .contains(",'+85512345678,");
        assertThat(lines[2]).startsWith("scam2,");
    }

    @Test
    void exportsFullAdsAsJsonLines() {
        HttpResponse<String> response = api.get("/api/v1/ads/export?format=jsonl&flagged=false", api.analystKey);

        String[] lines = response.body().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(lines[0]).contains("\"id\":\"scam1\"").contains("\"highlighted\"");
    }

    @Test
    void refusesAnUnknownExportFormatAndPagesBeyondTheWindow() {
        assertThat(api.get("/api/v1/ads/export?format=xlsx", api.analystKey).statusCode()).isEqualTo(400);
        HttpResponse<String> deep = api.get("/api/v1/ads?offset=9990&limit=20", api.analystKey);
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(ApiTestServer.json(deep).path("details").path("parameter").asText()).isEqualTo("offset");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static JsonNode field(JsonNode highlighted, String name) {
        for (JsonNode field : highlighted) {
            if (field.path("field").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("No highlighted field " + name + " in " + highlighted);
    }
}
