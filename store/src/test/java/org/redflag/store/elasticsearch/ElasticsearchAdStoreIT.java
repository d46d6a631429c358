package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redflag.store.elasticsearch.TestAds.T0;
import static org.redflag.store.elasticsearch.TestAds.ad;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Contacts;
import org.redflag.store.AdDocument;
import org.redflag.store.AdNote;
import org.redflag.store.AdQuery;
import org.redflag.store.AdTriage;
import org.redflag.store.AdVersionConflictException;
import org.redflag.store.CrawlRun;
import org.redflag.store.PlatformReply;
import org.redflag.store.StoredAd;

class ElasticsearchAdStoreIT {
    private ElasticsearchConnection connection;
    private ElasticsearchAdStore store;

    @BeforeEach
    void openStore() {
        ElasticsearchTestNode es = ElasticsearchTestNode.get();
        connection = ElasticsearchConnection.open(es.config(ElasticsearchTestNode.uniquePrefix("store")));
        store = ElasticsearchAdStore.open(connection, IndexTemplates.fromClasspath());
    }

    @AfterEach
    void dropIndices() throws Exception {
        IndexNames names = store.names();
        String indices = names.firstAdsIndex() + "," + names.versionsIndex(Instant.now()) + ","
                + names.versionsIndex(T0) + "," + names.runsIndex(Instant.now()) + "," + names.runsIndex(T0);
        connection.client().indices().delete(d -> d.index(List.of(indices.split(","))).ignoreUnavailable(true));
        connection.close();
    }

    @Test
    void savingTheSameAdTwiceKeepsOneDocumentAndNoHistory() {
        AdDocument first = ad("https://jobs.example/1", "Typist wanted", "Typing work abroad, flights paid", 0.8);

        store.saveAds(List.of(first));
        store.saveAds(List.of(first, first));

        assertThat(store.findAd(first.id())).contains(first);
        assertThat(store.count(AdQuery.all())).isEqualTo(1);
        assertThat(store.history(first.id())).isEmpty();
    }

    @Test
    void editedAdKeepsItsPreviousVersionOnceEvenWhenTheWriteIsRepeated() {
        AdDocument v1 = ad("https://jobs.example/2", "Cook", "Kitchen work, 40 hours", 0.1);
        AdDocument v2 = TestAds.edited(v1, "Kitchen work, 60 hours, passport kept by employer", T0.plusSeconds(3600));

        store.saveAds(List.of(v1));
        store.saveAds(List.of(v2));
        store.saveAds(List.of(v2));

        assertThat(store.findAd(v1.id())).contains(v2);
        assertThat(store.history(v1.id())).containsExactly(v1);
    }

    @Test
    void removalKeepsTheFirstRemovalTimeAndHidesTheAdFromLiveLists() {
        AdDocument gone = ad("https://jobs.example/3", "Driver", "Delivery driver", 0.1);
        AdDocument live = TestAds.seenAgain(ad("https://jobs.example/4", "Nurse", "Ward nurse", 0.1),
                T0.plusSeconds(7200));
        store.saveAds(List.of(gone, live));

        assertThat(store.findLiveAdIdsNotSeenSince("harbour", T0.plusSeconds(60))).containsExactly(gone.id());
        store.markRemoved(List.of(gone.id(), "no-such-id"), T0.plusSeconds(100));
        store.markRemoved(List.of(gone.id()), T0.plusSeconds(200));

        assertThat(store.findAd(gone.id()).orElseThrow().removedAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(store.findLiveAdIdsNotSeenSince("harbour", T0.plusSeconds(60))).isEmpty();
        assertThat(store.search(AdQuery.all()).ads()).extracting(StoredAd::id).containsExactly(live.id());
        assertThat(store.search(AdQuery.all().withIncludeRemoved(true)).total()).isEqualTo(2);
        store.saveAds(List.of(TestAds.seenAgain(gone, T0.plusSeconds(300))));
        assertThat(store.findAd(gone.id()).orElseThrow().removed()).isFalse();
    }

    @Test
    void nearDuplicatesAreFoundByAnyBandAndFilteredByHammingDistance() {
        long fingerprint = 0x0123_4567_89ab_cdefL;
        AdDocument original = ad("s1", "p1", "https://a.example/1", "Casino job", "Casino job", 0.7, Contacts.NONE,
                fingerprint);
        AdDocument repost = ad("s2", "p2", "https://b.example/9", "Casino job!", "Casino job!", 0.7, Contacts.NONE,
                fingerprint ^ 0x0001_0000_0100_0001L);
        AdDocument far = ad("s2", "p2", "https://b.example/10", "Other", "Other", 0.1, Contacts.NONE,
                fingerprint ^ 0x00ff_0000_0000_00ffL);
        AdDocument unrelated = ad("s2", "p2", "https://b.example/11", "Other", "Other", 0.1, Contacts.NONE,
                ~fingerprint);
        store.saveAds(List.of(original, repost, far, unrelated));

        assertThat(store.findNearDuplicates(fingerprint, 3, 10)).extracting(AdDocument::id)
                .containsExactlyInAnyOrder(original.id(), repost.id());
        assertThat(store.findNearDuplicates(fingerprint, 3, 1)).hasSize(1);
        assertThat(store.findNearDuplicates(fingerprint, 16, 10)).extracting(AdDocument::id)
                .containsExactlyInAnyOrder(original.id(), repost.id(), far.id());
    }

    @Test
    void searchFiltersByFlagPlatformSourceRiskTextAndContact() {
        Contacts shared = new Contacts(List.of("+85512345678"), List.of(), List.of("telegram:@jobs_kh"), List.of());
        AdDocument scam = ad("s1", "harbour-jobs", "https://a.example/1", "Typing job in Cambodia",
                "High pay typing work, flights and housing paid", 0.92, shared, 1L);
        AdDocument chinese = ad("s2", "huarenjie", "https://b.example/1", "高薪打字员",
                "柬埔寨高薪打字员，包机票包住宿", 0.81, shared, 2L);
        AdDocument ordinary = ad("s1", "harbour-jobs", "https://a.example/2", "Accountant",
                "Accounts payable role in Leeds", 0.05, Contacts.NONE, 3L);
        store.saveAds(List.of(scam, chinese, ordinary));

        assertThat(ids(AdQuery.flagged())).containsExactly(scam.id(), chinese.id());
        assertThat(ids(AdQuery.all().withPlatform("huarenjie"))).containsExactly(chinese.id());
        assertThat(ids(AdQuery.all().withSourceId("s1").withSort(AdQuery.Sort.RISK)))
                .containsExactly(scam.id(), ordinary.id());
        assertThat(ids(AdQuery.all().withMinRisk(0.85))).containsExactly(scam.id());
        assertThat(ids(AdQuery.all().withText("typing housing"))).containsExactly(scam.id());
        assertThat(ids(AdQuery.all().withText("打字员"))).containsExactly(chinese.id());
        assertThat(ids(AdQuery.all().withContact("telegram:@jobs_kh").withSort(AdQuery.Sort.RISK)))
                .containsExactly(scam.id(), chinese.id());
        assertThat(store.countFlagged()).isEqualTo(2);
        assertThat(store.search(AdQuery.all().withPage(1, 1)).total()).isEqualTo(3);
        assertThat(store.search(AdQuery.all().withPage(1, 1)).ads()).hasSize(1);
    }

    @Test
    void classificationRoundTripsWithIndicatorsEvidenceAndContacts() {
        Contacts contacts = new Contacts(List.of("+85512345678"), List.of("hr@jobs.example"),
                List.of("whatsapp:+85512345678"), List.of("https://t.me/jobs"));
        AdDocument stored = ad("s1", "p", "https://a.example/rt", "Title", "Body", 0.9, contacts, -42L);

        store.saveAds(List.of(stored));

        assertThat(store.findAd(stored.id())).contains(stored);
        assertThat(store.findAds(List.of(stored.id(), "missing"))).containsExactly(stored);
    }

    @Test
    void triageIsGuardedByItsReviewVersionAndSurvivesRecrawls() {
        AdDocument flagged = ad("https://jobs.example/t", "Typist", "Typing abroad", 0.9);
        store.saveAds(List.of(flagged));
        StoredAd read = store.expectStoredAd(flagged.id());
        assertThat(read.triage()).isEqualTo(AdTriage.untouched(flagged.firstSeen()));
        AdTriage confirmed = new AdTriage(AdTriage.CONFIRMED, "alice",
                List.of(new AdNote(T0.plusSeconds(5), "alice", "Same phone as three other ads")), T0.plusSeconds(5));

        StoredAd saved = store.saveTriage(flagged.id(), confirmed, read.reviewVersion());
        store.saveAds(List.of(TestAds.seenAgain(flagged, T0.plusSeconds(900))));

        StoredAd after = store.expectStoredAd(flagged.id());
        assertThat(after.triage()).isEqualTo(confirmed);
        assertThat(after.reviewVersion()).isEqualTo(saved.reviewVersion()).isNotEqualTo(read.reviewVersion());
        assertThat(after.ad().lastSeen()).isEqualTo(T0.plusSeconds(900));
        assertThatThrownBy(() -> store.saveTriage(flagged.id(), AdTriage.untouched(T0), read.reviewVersion()))
                .isInstanceOfSatisfying(AdVersionConflictException.class,
                        e -> assertThat(e.actualVersion()).isEqualTo(saved.reviewVersion()));
        assertThat(ids(AdQuery.all().withTriageStatuses(Set.of(AdTriage.CONFIRMED)))).containsExactly(flagged.id());
        assertThat(ids(AdQuery.all().withTriageStatuses(Set.of(AdTriage.NEW)))).isEmpty();
        assertThat(ids(AdQuery.all().withAssignee("alice"))).containsExactly(flagged.id());
    }

    @Test
    void platformReplyIsStoredAndFilterable() {
        AdDocument a = ad("https://jobs.example/r1", "A", "A", 0.9);
        AdDocument b = ad("https://jobs.example/r2", "B", "B", 0.9);
        store.saveAds(List.of(a, b));
        PlatformReply actioned = new PlatformReply(PlatformReply.ACTIONED, "removed", "Taken down", "harbour-bot",
                T0.plusSeconds(60));

        assertThat(store.savePlatformReply(a.id(), actioned).reply()).isEqualTo(actioned);

        assertThat(ids(AdQuery.all().withReplyStates(Set.of(PlatformReply.ACTIONED)))).containsExactly(a.id());
        assertThat(ids(AdQuery.all().withReplyStates(Set.of(PlatformReply.OPEN)))).containsExactly(b.id());
    }

    @Test
    void crawlRunsAreReplacedByIdAndListedNewestFirst() {
        CrawlRun running = new CrawlRun("run-1", "harbour", "schedule", T0, null, "running", 3, 1, 0, 0, 0, 0,
                Map.of(), "");
        CrawlRun done = new CrawlRun("run-1", "harbour", "schedule", T0, T0.plusSeconds(30), "succeeded", 12, 9, 1,
                2, 0, 3, Map.of("http_5xx", 2L), "");
        CrawlRun other = new CrawlRun("run-2", "huarenjie", "manual", T0.plusSeconds(60), null, "running", 0, 0, 0,
                0, 0, 0, Map.of(), "");

        store.saveCrawlRun(running);
        store.saveCrawlRun(done);
        store.saveCrawlRun(other);

        assertThat(store.recentCrawlRuns("", 10)).containsExactly(other, done);
        assertThat(store.recentCrawlRuns("harbour", 10)).containsExactly(done);
    }

    @Test
    void historyAndCrawlRunsArePrunedByWholeMonths() {
        Instant october = Instant.parse("2026-10-15T12:00:00Z");
        AdDocument v1 = TestAds.seenAgain(ad("https://jobs.example/h", "Old", "October text", 0.2), october);
        store.saveAds(List.of(v1));
        store.saveAds(List.of(TestAds.edited(v1, "November text", T0.plusSeconds(60))));
        store.saveCrawlRun(new CrawlRun("october-run", "harbour", "schedule", october, october, "succeeded", 1, 1,
                0, 0, 0, 0, Map.of(), ""));
        store.saveCrawlRun(new CrawlRun("november-run", "harbour", "schedule", T0, T0, "succeeded", 1, 0, 1, 0, 0,
                0, Map.of(), ""));
        assertThat(store.history(v1.id())).containsExactly(v1);

        List<String> deleted = store.deleteHistoryBefore(java.time.YearMonth.of(2026, 11));

        IndexNames names = store.names();
        assertThat(deleted).containsExactlyInAnyOrder(names.versionsIndex(october), names.runsIndex(october));
        assertThat(store.history(v1.id())).isEmpty();
        assertThat(store.recentCrawlRuns("harbour", 10)).extracting(CrawlRun::id).containsExactly("november-run");
        assertThat(store.findAd(v1.id()).orElseThrow().fields().text()).isEqualTo("November text");
    }

    @Test
    void installingTheTemplatesAgainIsHarmless() {
        AdDocument kept = ad("https://jobs.example/k", "Kept", "Kept", 0.2);
        store.saveAds(List.of(kept));

        ElasticsearchAdStore again = ElasticsearchAdStore.open(connection, IndexTemplates.fromClasspath());

        assertThat(again.findAd(kept.id())).contains(kept);
    }

    private List<String> ids(AdQuery query) {
        return store.search(query).ads().stream().map(StoredAd::id).toList();
    }
}
