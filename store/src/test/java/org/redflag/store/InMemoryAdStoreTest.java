package org.redflag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;

/** The in-memory fake answers the search and review calls the way the Elasticsearch store does. */
class InMemoryAdStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private final InMemoryAdStore store = new InMemoryAdStore();

    private static AdDocument ad(String url, String platform, String text, double risk, String phone) {
        String id = AdIds.forCanonicalUrl(url);
        Contacts contacts = new Contacts(phone.isEmpty() ? List.of() : List.of(phone), List.of(), List.of(),
                List.of());
        Classification c = new Classification(id, "eng", risk, risk >= 0.5, 0, Map.of(), List.of(), contacts, "t");
        return new AdDocument(id, "s", platform, url, url, new AdFields("Job", text, "", "", "", "", "", List.of()),
                AdIds.sha256Hex(text), 0, List.of(), T0, T0, null, 1, c);
    }

    @Test
    void searchesWithTheQueryFiltersAndPages() {
        AdDocument high = ad("https://a/1", "a", "Typing work in Cambodia", 0.9, "+85511111111");
        AdDocument mid = ad("https://b/1", "b", "Casino host wanted", 0.6, "+85511111111");
        AdDocument low = ad("https://a/2", "a", "Accountant", 0.1, "");
        store.saveAds(List.of(high, mid, low));
        store.markRemoved(List.of(low.id()), T0);

        assertThat(store.search(AdQuery.flagged()).ads()).extracting(StoredAd::id).containsExactly(high.id(),
                mid.id());
        assertThat(store.search(AdQuery.all().withContact("+85511111111").withPlatform("b")).ads())
                .extracting(StoredAd::id).containsExactly(mid.id());
        assertThat(store.search(AdQuery.all().withText("typing CAMBODIA")).ads()).extracting(StoredAd::id)
                .containsExactly(high.id());
        assertThat(store.count(AdQuery.all().withIncludeRemoved(true))).isEqualTo(3);
        assertThat(store.search(AdQuery.flagged().withPage(1, 1))).satisfies(page -> {
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.ads()).extracting(StoredAd::id).containsExactly(mid.id());
        });
    }

    @Test
    void triageIsGuardedByTheReviewVersion() {
        AdDocument ad = ad("https://a/1", "a", "Typing work", 0.9, "");
        store.saveAds(List.of(ad));
        StoredAd read = store.expectStoredAd(ad.id());
        AdTriage confirmed = new AdTriage(AdTriage.CONFIRMED, "alice", List.of(), T0);

        StoredAd saved = store.saveTriage(ad.id(), confirmed, read.reviewVersion());

        assertThat(saved.triage()).isEqualTo(confirmed);
        assertThatThrownBy(() -> store.saveTriage(ad.id(), confirmed, read.reviewVersion()))
                .isInstanceOf(AdVersionConflictException.class);
        assertThat(store.search(AdQuery.all().withTriageStatuses(Set.of(AdTriage.CONFIRMED))).total()).isOne();
        assertThatThrownBy(() -> store.savePlatformReply("nope", PlatformReply.open(T0)))
                .isInstanceOf(AdNotFoundException.class);
    }
}
