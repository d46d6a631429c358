package org.redflag.store.elasticsearch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.store.AdDocument;
import org.redflag.store.AdFields;
import org.redflag.store.AdIds;
import org.redflag.store.AdQuery;

/**
 * Measures the store on synthetic ads: bulk writes (new ads, then the same ads edited, which also writes history),
 * near-duplicate look-ups and searches. For {@code redflag bench store}; prints nothing itself.
 */
public final class StoreBenchmark {

    /**
     * What one run measured.
     *
     * @param ads                 ads written in each pass
     * @param newAdsPerSecond     first pass: ads that did not exist
     * @param editedAdsPerSecond  second pass: every ad edited (previous version copied to the history)
     * @param nearDuplicateMillis mean time of one near-duplicate look-up
     * @param searchMillis        mean time of one flagged-ads search (20 per page, with total)
     */
    public record Result(int ads, double newAdsPerSecond, double editedAdsPerSecond, double nearDuplicateMillis,
            double searchMillis) {

        @Override
        public String toString() {
            return String.format("store: %d ads; new %.0f ads/s; edited %.0f ads/s (with history); "
                    + "near-duplicate look-up %.1f ms; flagged search %.1f ms", ads, newAdsPerSecond,
                    editedAdsPerSecond, nearDuplicateMillis, searchMillis);
        }
    }

    private static final int BATCH = 200;
    private static final int QUERIES = 100;
    private static final String[] WORDS = ("typing customer service casino online sales abroad flights housing paid "
            + "salary high no experience passport visa agency fee deposit urgent hiring cook driver nurse cleaner "
            + "warehouse factory Cambodia Myanmar Laos Dubai contract bonus 高薪 打字员 包住宿 机票").split(" ");

    private final ElasticsearchAdStore store;
    private final SplittableRandom random = new SplittableRandom(42);

    public StoreBenchmark(ElasticsearchAdStore store) {
        this.store = store;
    }

    public Result run(int count) {
        List<AdDocument> ads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ads.add(ad(i, 1));
        }
        double created = write(ads);
        List<AdDocument> edited = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            edited.add(ad(i, 2));
        }
        double updated = write(edited);
        long started = System.nanoTime();
        for (int i = 0; i < QUERIES; i++) {
            store.findNearDuplicates(ads.get(random.nextInt(count)).fingerprint(), 3, 10);
        }
        double nearMillis = (System.nanoTime() - started) / 1e6 / QUERIES;
        started = System.nanoTime();
        for (int i = 0; i < QUERIES; i++) {
            store.search(AdQuery.flagged().withPage(random.nextInt(5) * 20, 20));
        }
        double searchMillis = (System.nanoTime() - started) / 1e6 / QUERIES;
        return new Result(count, created, updated, nearMillis, searchMillis);
    }

    private double write(List<AdDocument> ads) {
        long started = System.nanoTime();
        for (int from = 0; from < ads.size(); from += BATCH) {
            store.saveAds(ads.subList(from, Math.min(ads.size(), from + BATCH)));
        }
        return ads.size() / (Duration.ofNanos(System.nanoTime() - started).toNanos() / 1e9);
    }

    private AdDocument ad(int n, int version) {
        String url = "https://bench.example/ad/" + n;
        String id = AdIds.forCanonicalUrl(url);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 200; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.append("version ").append(version);
        double risk = random.nextDouble();
        Classification classification = new Classification(id, "eng", risk, risk > 0.7, risk / 2,
                Map.of(Element.ACT, risk, Element.MEANS, risk, Element.PURPOSE, risk / 2), List.of(),
                new Contacts(List.of("+8551234" + (n % 997)), List.of(), List.of(), List.of()), "bench");
        AdFields fields = new AdFields("Job " + n, text.toString(), "Company " + n % 50, "City " + n % 20, "", "",
                "", List.of());
        Instant seen = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(n + version * 86_400L);
        return new AdDocument(id, "s" + n % 5, "platform-" + n % 3, url, url, fields,
                AdIds.sha256Hex(text.toString()), random.nextLong(), List.of(), Instant.parse("2026-11-01T00:00:00Z"),
                seen, null, version, classification);
    }
}
