package org.redflag.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.AdDocument;
import org.redflag.store.CrawlRun;
import org.redflag.store.InMemoryAdStore;

/**
 * The demo sources, filled in for the running sample sites, crawled by the real crawler into a store in memory:
 * every sample ad arrives with its exact title and fields, and robots.txt keeps the crawler out of the admin pages.
 * The classifier here is a stand-in that flags nothing; the demo's end-to-end test uses the real one.
 */
class DemoSourcesCrawlIT {
    private static final AdClassifier NOTHING_FLAGGED = ad -> new Classification(ad.id(), "und", 0, false, 0,
            Map.of(), List.of(), Contacts.NONE, "test");
    private static SampleSites sites;

    @BeforeAll
    static void start() {
        sites = SampleSites.start();
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    @Test
    void everySampleAdIsCrawledWithItsExactFieldsAndNoDisallowedPageIsFetched(@TempDir Path dataDir) {
        List<SourceConfig> sources = new DemoSources(repoRoot().resolve("config/demo/sources"), dataDir)
                .forSites(sites.sites());
        InMemoryAdStore store = new InMemoryAdStore();
        try (CrawlService crawler = new CrawlService(NOTHING_FLAGGED, store)) {
            for (SourceConfig source : sources) {
                CrawlRun run = crawler.crawl(source, "test");
                assertThat(run.status()).as(run.message()).isEqualTo("succeeded");
            }
        }
        for (SampleSite site : sites.sites()) {
            for (Map.Entry<String, DemoAd> sample : site.adsByUrl().entrySet()) {
                AdDocument stored = store.findAd(AgreementMeter.idOf(sample.getKey())).orElseThrow(
                        () -> new AssertionError("not stored: " + sample.getKey()));
                DemoAd ad = sample.getValue();
                assertThat(stored.platform()).isEqualTo(site.id());
                assertThat(stored.fields().title()).isEqualTo(ad.title());
                assertThat(stored.fields().company()).isEqualTo(ad.company());
                assertThat(stored.fields().location()).contains(ad.location());
                assertThat(stored.fields().text()).contains(firstLine(ad.body()));
            }
            assertThat(sites.traffic(site.id()).disallowed()).as(site.id() + " admin pages fetched").isZero();
        }
        assertThat(store.allAds()).hasSize(sites.sites().stream().mapToInt(SampleSite::adCount).sum());
    }

    private static String firstLine(String body) {
        return body.strip().lines().findFirst().orElse("").strip();
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("redflag.repo.root", "..")).toAbsolutePath().normalize();
    }
}
