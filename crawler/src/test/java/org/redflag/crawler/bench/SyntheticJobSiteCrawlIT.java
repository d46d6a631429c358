package org.redflag.crawler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.crawler.FakeClassifier;

/** The benchmark's own crawl, checked for correctness (its speed is printed by {@code redflag bench crawl}). */
class SyntheticJobSiteCrawlIT {
    @TempDir
    Path dir;

    @Test
    void extractsEveryAdWithItsExactTitleAndNeverFetchesTheDisallowedPages() throws Exception {
        Path out = dir.resolve("ads.jsonl");
        BenchResult result = CrawlBenchmark.run(400, new FakeClassifier(), 4, out);
        assertThat(result.adsWritten()).isEqualTo(400);
        assertThat(result.exactTitles()).isEqualTo(400);
        assertThat(result.disallowedFetched()).isZero();
        assertThat(result.run().status()).isEqualTo("succeeded");
        assertThat(result.run().errors()).containsOnlyKeys("robots_denied");
        assertThat(Files.readAllLines(out)).hasSize(400).allSatisfy(line -> assertThat(line)
                .contains("\"canonical_url\"", "\"title\"", "\"risk\"", "\"flagged\"", "\"indicators\""));
    }
}
