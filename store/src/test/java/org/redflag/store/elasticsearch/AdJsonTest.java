package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Contacts;
import org.redflag.store.AdDocument;
import org.redflag.store.AdNote;
import org.redflag.store.AdTriage;
import org.redflag.store.CrawlRun;
import org.redflag.store.PlatformReply;

class AdJsonTest {
    private static final Contacts CONTACTS = new Contacts(List.of("+85512345678"), List.of("hr@jobs.example"),
            List.of("telegram:@jobs_kh"), List.of("https://t.me/jobs_kh"));

    @Test
    void adRoundTripsThroughItsDocument() {
        AdDocument ad = TestAds.ad("s", "p", "https://a.example/1", "高薪打字员", "包机票包住宿", 0.9, CONTACTS, -7L);

        assertThat(AdJson.fromJson(AdJson.toJson(ad))).isEqualTo(ad);
    }

    @Test
    void documentUsesTheMappedFieldNames() {
        AdDocument removed = new AdDocument("id1", "s", "p", "u", "c", TestAds.ad("u", "t", "x", 0.9).fields(), "h",
                3L, List.of("id0"), TestAds.T0, TestAds.T0, Instant.parse("2026-11-02T00:00:00Z"), 2,
                TestAds.ad("s", "p", "u", "t", "x", 0.9, CONTACTS, 3L).classification());

        ObjectNode doc = AdJson.toJson(removed);

        assertThat(doc.path("removed_at").asText()).isEqualTo("2026-11-02T00:00:00Z");
        assertThat(doc.path("contact_values")).extracting(n -> n.asText())
                .containsExactly("+85512345678", "hr@jobs.example", "telegram:@jobs_kh", "https://t.me/jobs_kh");
        assertThat(doc.path("fingerprint_bands")).hasSize(4);
        assertThat(doc.path("classification").path("element_scores").path("means").asDouble()).isEqualTo(0.9);
        assertThat(doc.path("classification").path("indicators").get(0).path("element").asText()).isEqualTo("means");
        assertThat(AdJson.toJson(TestAds.ad("u", "t", "x", 0.1)).path("removed_at").isNull()).isTrue();
    }

    @Test
    void reviewSectionsRoundTripAndDefaultWhenMissing() {
        ObjectNode doc = AdJson.toJson(TestAds.ad("u", "t", "x", 0.9));
        assertThat(ReviewJson.triage(doc, TestAds.T0)).isEqualTo(AdTriage.untouched(TestAds.T0));
        assertThat(ReviewJson.reply(doc, TestAds.T0)).isEqualTo(PlatformReply.open(TestAds.T0));
        assertThat(ReviewJson.revision(doc)).isZero();

        AdTriage triage = new AdTriage(AdTriage.IN_REVIEW, "bo", List.of(new AdNote(TestAds.T0, "bo", "checking")),
                TestAds.T0);
        PlatformReply reply = new PlatformReply(PlatformReply.ACKNOWLEDGED, "", "seen", "ops", TestAds.T0);
        doc.set("triage", ReviewJson.triage(triage, 4));
        doc.set("platform_reply", ReviewJson.reply(reply));

        assertThat(ReviewJson.triage(doc, TestAds.T0)).isEqualTo(triage);
        assertThat(ReviewJson.reply(doc, TestAds.T0)).isEqualTo(reply);
        assertThat(ReviewJson.version(ReviewJson.revision(doc))).isEqualTo("r4");
    }

    @Test
    void crawlRunRoundTrips() {
        CrawlRun run = new CrawlRun("r", "s", "cli", TestAds.T0, null, "running", 1, 2, 3, 4, 5, 6,
                java.util.Map.of("timeout", 2L), "slow site");

        assertThat(CrawlRunJson.fromJson(CrawlRunJson.toJson(run))).isEqualTo(run);
    }
}
