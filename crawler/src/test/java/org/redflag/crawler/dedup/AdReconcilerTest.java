package org.redflag.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.crawler.FakeClassifier;
import org.redflag.store.AdDocument;
import org.redflag.store.AdFields;
import org.redflag.store.InMemoryAdStore;

class AdReconcilerTest {
    private static final Instant T1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T00:00:00Z");
    private static final String TEXT = "Factory work abroad, good pay, we keep your passport safe for you during the "
            + "contract. Travel arranged, accommodation provided, apply today.";

    private final InMemoryAdStore store = new InMemoryAdStore();
    private final FakeClassifier classifier = new FakeClassifier();

    @Test
    void aNewAdIsClassifiedAnEditedOneReclassifiedAndVersionedAnUnchangedOneOnlyTouched() {
        AdDraft draft = draft("https://a.example/job/1", "Factory work", TEXT);
        AdUpdate first = new AdReconciler(store, classifier).reconcile(draft, T1);
        assertThat(first.outcome()).isEqualTo(AdOutcome.NEW);
        assertThat(first.flags()).isTrue();
        assertThat(first.ad().version()).isEqualTo(1);
        store.saveAds(List.of(first.ad()));

        AdUpdate same = new AdReconciler(store, classifier).reconcile(draft, T2);
        assertThat(same.outcome()).isEqualTo(AdOutcome.UNCHANGED);
        assertThat(same.flags()).isFalse();
        assertThat(same.ad().lastSeen()).isEqualTo(T2);
        assertThat(same.ad().firstSeen()).isEqualTo(T1);
        assertThat(classifier.calls()).isEqualTo(1);

        AdUpdate edited = new AdReconciler(store, classifier)
                .reconcile(draft("https://a.example/job/1", "Factory work", "Ordinary factory job."), T2);
        assertThat(edited.outcome()).isEqualTo(AdOutcome.UPDATED);
        assertThat(edited.ad().version()).isEqualTo(2);
        assertThat(edited.ad().firstSeen()).isEqualTo(T1);
        assertThat(edited.ad().classification().flagged()).isFalse();
        assertThat(classifier.calls()).isEqualTo(2);
        store.saveAds(List.of(edited.ad()));
        assertThat(store.history(edited.ad().id())).extracting(AdDocument::version).containsExactly(1);
    }

    @Test
    void theSameTextUnderAnotherUrlIsLinkedAsARepost() {
        AdReconciler reconciler = new AdReconciler(store, classifier);
        AdUpdate original = reconciler.reconcile(draft("https://a.example/job/1", "Factory work", TEXT), T1);
        store.saveAds(List.of(original.ad()));
        AdUpdate repost = new AdReconciler(store, classifier)
                .reconcile(draft("https://b.example/ad/9", "Factory work", TEXT + " "), T2);
        assertThat(repost.outcome()).isEqualTo(AdOutcome.NEW);
        assertThat(repost.ad().repostOf()).containsExactly(original.ad().id());
    }

    @Test
    void repostsWithinOneRunAreLinkedBeforeTheyAreStored() {
        AdReconciler reconciler = new AdReconciler(store, classifier);
        AdUpdate first = reconciler.reconcile(draft("https://a.example/job/1", "Factory work", TEXT), T1);
        AdUpdate second = reconciler.reconcile(draft("https://a.example/job/2", "Factory work", TEXT), T1);
        assertThat(first.ad().repostOf()).isEmpty();
        assertThat(second.ad().repostOf()).containsExactly(first.ad().id());
    }

    @Test
    void adsReadAheadInBulkAreNotReadAgainOneByOne() {
        AdDraft known = draft("https://a.example/job/1", "Factory work", TEXT);
        store.saveAds(List.of(new AdReconciler(store, classifier).reconcile(known, T1).ad()));
        java.util.concurrent.atomic.AtomicInteger singleReads = new java.util.concurrent.atomic.AtomicInteger();
        org.redflag.store.AdStore counting = (org.redflag.store.AdStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.redflag.store.AdStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findAd")) {
                        singleReads.incrementAndGet();
                    }
                    return method.invoke(store, args);
                });
        AdReconciler reconciler = new AdReconciler(counting, classifier);
        reconciler.prefetch(List.of("https://a.example/job/1", "https://a.example/job/2"));
        assertThat(reconciler.reconcile(known, T2).outcome()).isEqualTo(AdOutcome.UNCHANGED);
        assertThat(reconciler.reconcile(draft("https://a.example/job/2", "Cook", "Kitchen work."), T2).outcome())
                .isEqualTo(AdOutcome.NEW);
        assertThat(singleReads.get()).isZero();
        assertThat(reconciler.reconcile(draft("https://a.example/job/3", "Cook", "Kitchen work."), T2).outcome())
                .isEqualTo(AdOutcome.NEW);
        assertThat(singleReads.get()).isEqualTo(1);
    }

    @Test
    void aRemovedAdSeenAgainIsLiveAgain() {
        AdDraft draft = draft("https://a.example/job/1", "Factory work", TEXT);
        store.saveAds(List.of(new AdReconciler(store, classifier).reconcile(draft, T1).ad()));
        String id = store.allAds().get(0).id();
        store.markRemoved(List.of(id), T1);
        AdUpdate back = new AdReconciler(store, classifier).reconcile(draft, T2);
        assertThat(back.ad().removed()).isFalse();
    }

    private static AdDraft draft(String url, String title, String text) {
        return new AdDraft("src", "platform", url, url, new AdFields(title, text, "", "", "", "", "", List.of()));
    }
}
