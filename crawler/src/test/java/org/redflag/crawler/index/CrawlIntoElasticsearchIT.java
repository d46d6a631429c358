package org.redflag.crawler.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redflag.crawler.CrawlListener;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.CrawlSettings;
import org.redflag.crawler.FakeClassifier;
import org.redflag.crawler.bench.SyntheticJobSite;
import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.crawler.source.Limits;
import org.redflag.crawler.source.Politeness;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.AdDocument;
import org.redflag.store.AdStore;
import org.redflag.store.CrawlRun;
import org.redflag.store.StoreUnavailableException;
import org.redflag.store.elasticsearch.ElasticsearchAdStore;
import org.redflag.store.elasticsearch.ElasticsearchConnection;
import org.redflag.store.elasticsearch.ElasticsearchTestNode;
import org.redflag.store.elasticsearch.IndexTemplates;

/** Crawls into the real Elasticsearch, which is stopped in the middle of the crawl and started again. */
class CrawlIntoElasticsearchIT {
    private static final int ADS = 300;
    private final ElasticsearchTestNode es = ElasticsearchTestNode.get();

    @AfterEach
    void restartNode() {
        es.start();
    }

    @Test
    void everyAdIsIndexedExactlyOnceWhenElasticsearchGoesAwayMidCrawl() throws Exception {
        ElasticsearchConnection connection = ElasticsearchConnection.open(
                es.config(ElasticsearchTestNode.uniquePrefix("crawl-outage")));
        ElasticsearchAdStore elasticsearch = ElasticsearchAdStore.open(connection, IndexTemplates.fromClasspath());
        CountingStore store = new CountingStore(elasticsearch);
        CrawlService crawler = new CrawlService(new FakeClassifier(), store, CrawlSettings.defaults()
                .withBatchSize(10).withStoreBackoff(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1))));
        try (SyntheticJobSite site = SyntheticJobSite.start(ADS, 2)) {
            SourceConfig source = SourceConfig.forSeeds(List.of(site.seedUrl())).withAllowPrivateAddresses(true)
                    .withPoliteness(new Politeness(Duration.ofMillis(5), 1))
                    .withLimits(Limits.DEFAULT.withMaxPages(site.crawlablePages() + 10));
            OutageAfter outage = new OutageAfter(50, store);
            CrawlRun run = crawler.crawl(source, "test", outage);

            assertThat(outage.stoppedMidCrawl.get()).isTrue();
            assertThat(store.failures.get()).isPositive();
            assertThat(run.status()).isEqualTo("succeeded");
            assertThat(run.adsNew()).isEqualTo(ADS);
            assertThat(run.errors()).doesNotContainKey("store");

            elasticsearch.refresh();
            List<String> ids = elasticsearch.findLiveAdIdsNotSeenSince(run.sourceId(),
                    Instant.now().plusSeconds(3600));
            assertThat(ids).hasSize(ADS).doesNotHaveDuplicates();
            List<AdDocument> ads = elasticsearch.findAds(ids);
            assertThat(ads).allSatisfy(ad -> assertThat(ad.version()).isEqualTo(1));
            assertThat(new HashSet<>(ads.stream().map(AdDocument::canonicalUrl).toList())).hasSize(ADS);
            for (int n = 1; n <= ADS; n += 37) {
                String url = site.adUrl(n);
                assertThat(ads).filteredOn(ad -> ad.canonicalUrl().equals(url)).singleElement()
                        .extracting(ad -> ad.fields().title()).isEqualTo(SyntheticJobSite.title(n));
            }
            assertThat(elasticsearch.recentCrawlRuns(run.sourceId(), 5)).extracting(CrawlRun::status)
                    .containsExactly("succeeded");
        }
    }

    /** After some ads are stored, stops Elasticsearch, waits until the crawl has hit the outage, starts it again. */
    private final class OutageAfter implements CrawlListener {
        private final int after;
        private final CountingStore store;
        private final AtomicInteger saved = new AtomicInteger();
        final AtomicBoolean stoppedMidCrawl = new AtomicBoolean();

        OutageAfter(int after, CountingStore store) {
            this.after = after;
            this.store = store;
        }

        @Override
        public void adSaved(AdUpdate update) {
            if (saved.incrementAndGet() == after) {
                CompletableFuture.runAsync(() -> {
                    es.stop();
                    stoppedMidCrawl.set(saved.get() < ADS);
                    await().atMost(Duration.ofMinutes(2)).until(() -> store.failures.get() >= 3);
                    es.start();
                });
            }
        }
    }

    /** The real store, counting the writes and reads that failed because the store was unavailable. */
    private static final class CountingStore implements AdStore {
        private final AdStore delegate;
        final AtomicInteger failures = new AtomicInteger();

        CountingStore(AdStore delegate) {
            this.delegate = delegate;
        }

        private <T> T count(java.util.function.Supplier<T> call) {
            try {
                return call.get();
            } catch (StoreUnavailableException e) {
                failures.incrementAndGet();
                throw e;
            }
        }

        @Override
        public Optional<AdDocument> findAd(String id) {
            return count(() -> delegate.findAd(id));
        }

        @Override
        public List<AdDocument> findAds(Collection<String> ids) {
            return count(() -> delegate.findAds(ids));
        }

        @Override
        public void saveAds(List<AdDocument> ads) {
            count(() -> {
                delegate.saveAds(ads);
                return null;
            });
        }

        @Override
        public List<String> findLiveAdIdsNotSeenSince(String sourceId, Instant since) {
            return count(() -> delegate.findLiveAdIdsNotSeenSince(sourceId, since));
        }

        @Override
        public void markRemoved(Collection<String> ids, Instant at) {
            count(() -> {
                delegate.markRemoved(ids, at);
                return null;
            });
        }

        @Override
        public List<AdDocument> findNearDuplicates(long fingerprint, int maxDistance, int limit) {
            return count(() -> delegate.findNearDuplicates(fingerprint, maxDistance, limit));
        }

        @Override
        public void saveCrawlRun(CrawlRun run) {
            count(() -> {
                delegate.saveCrawlRun(run);
                return null;
            });
        }

        @Override
        public List<CrawlRun> recentCrawlRuns(String sourceId, int limit) {
            return count(() -> delegate.recentCrawlRuns(sourceId, limit));
        }
    }
}
