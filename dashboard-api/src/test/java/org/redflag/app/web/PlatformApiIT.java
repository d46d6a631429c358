package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redflag.app.api.ReportState;
import org.redflag.app.api.TestAds;
import org.redflag.app.api.TriageStatus;
import org.redflag.classifier.Element;
import org.redflag.store.config.AuthConfig;
import org.redflag.store.config.ServerConfig;

class PlatformApiIT {
    private ApiTestServer api;

    private void start(String policy) {
        api = new ApiTestServer();
        api.ads.add(
                TestAds.ad("h1").platform("harbour-jobs").text("Flight paid, casino work.").flagged(0.9)
                        .indicator("travel_paid", Element.ACT, "Flight paid").phones("+85511111111").build(),
                TestAds.ad("h2").platform("harbour-jobs").flagged(0.6).build(),
                TestAds.ad("h3").platform("harbour-jobs").flagged(0.7).build(),
                TestAds.ad("h4").platform("harbour-jobs").risk(0.1).build(),
                TestAds.ad("z1").platform("huarenjie").flagged(0.95).build());
        api.ads.triage("h1", TriageStatus.CONFIRMED).triage("h3", TriageStatus.DISMISSED)
                .triage("z1", TriageStatus.CONFIRMED);
        api.start(new ServerConfig(null, null, null, policy, new AuthConfig(null)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void platformSeesOnlyConfirmedReportsOfItsOwnSite() {
        start("confirmed");

        assertThat(reportIds(api.harbourKey)).containsExactly("h1");
        assertThat(reportIds(api.huarenjieKey)).containsExactly("z1");
    }

    @Test
    void underTheFlaggedPolicyPlatformSeesEveryUndismissedFlaggedAdOfItsSite() {
        start("flagged");

        assertThat(reportIds(api.harbourKey)).containsExactly("h1", "h2");
    }

    @Test
    void platformCannotWidenItsViewWithAParameter() {
        start("confirmed");

        HttpResponse<String> response = api.get("/api/v1/reports?platform=huarenjie", api.harbourKey);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestServer.json(response).path("details").path("parameter").asText()).isEqualTo("platform");
    }

    @Test
    void anotherPlatformsReportIs404ForReadingAcknowledgingAndAnswering() {
        start("confirmed");

        assertThat(api.get("/api/v1/reports/z1", api.harbourKey).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/reports/z1/acknowledge", api.harbourKey, null).statusCode())
                .isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/reports/z1/response", api.harbourKey,
                "{\"action\":\"removed\"}").statusCode()).isEqualTo(404);
        assertThat(api.ads.expect("z1").platformResponse().state()).isEqualTo(ReportState.OPEN);
    }

    @Test
    void anUnconfirmedAdOfItsOwnSiteIsNotAReport() {
        start("confirmed");

        assertThat(api.get("/api/v1/reports/h2", api.harbourKey).statusCode()).isEqualTo(404);
    }

    @Test
    void reportCarriesTheExplanationButNoContactsOrAnalystNotes() {
        start("confirmed");

        HttpResponse<String> response = api.get("/api/v1/reports/h1", api.harbourKey);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = ApiTestServer.json(response);
        assertThat(report.path("explanation").path("indicators").get(0).path("id").asText())
                .isEqualTo("travel_paid");
        assertThat(report.has("contacts")).isFalse();
        assertThat(report.has("triage")).isFalse();
        assertThat(response.body()).doesNotContain("+85511111111");
    }

    @Test
    void platformAcknowledgesThenReportsTheActionTaken() {
        start("confirmed");

        HttpResponse<String> ack = api.send("POST", "/api/v1/reports/h1/acknowledge", api.harbourKey, null);
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ApiTestServer.json(ack).path("response").path("state").asText()).isEqualTo("acknowledged");
        assertThat(reportIds(api.harbourKey, "?state=open")).isEmpty();

        HttpResponse<String> answer = api.send("POST", "/api/v1/reports/h1/response", api.harbourKey,
                "{\"action\":\"removed\",\"note\":\"Account closed\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode response = ApiTestServer.json(answer).path("response");
        assertThat(response.path("state").asText()).isEqualTo("actioned");
        assertThat(response.path("action").asText()).isEqualTo("removed");
        assertThat(response.path("respondent").asText()).isEqualTo("harbour-bot");
        assertThat(api.ads.expect("h1").platformResponse().note()).isEqualTo("Account closed");
    }

    @Test
    void refusesAnUnknownAction() {
        start("confirmed");

        HttpResponse<String> response = api.send("POST", "/api/v1/reports/h1/response", api.harbourKey,
                "{\"action\":\"deleted\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestServer.json(response).path("error").asText()).contains("removed, edited");
    }

    private List<String> reportIds(String key) {
        return reportIds(key, "");
    }

    private List<String> reportIds(String key, String query) {
        HttpResponse<String> response = api.get("/api/v1/reports" + query, key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ApiTestServer.json(response).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
