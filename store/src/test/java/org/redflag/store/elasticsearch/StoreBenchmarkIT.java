package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redflag.store.AdQuery;

/** Runs the store benchmark small, checks what it wrote, and prints its figures (no timing is asserted). */
class StoreBenchmarkIT {

    @Test
    void benchmarkWritesEveryAdOnceWithOneHistoryVersionEach() {
        ElasticsearchTestNode es = ElasticsearchTestNode.get();
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(
                es.config(ElasticsearchTestNode.uniquePrefix("bench")))) {
            ElasticsearchAdStore store = ElasticsearchAdStore.open(connection, IndexTemplates.fromClasspath());

            StoreBenchmark.Result result = new StoreBenchmark(store).run(1000);

            System.out.println(result);
            assertThat(store.count(AdQuery.all())).isEqualTo(1000);
            assertThat(store.findAds(java.util.List.of(org.redflag.store.AdIds.forCanonicalUrl(
                    "https://bench.example/ad/7")))).singleElement().satisfies(ad -> {
                        assertThat(ad.version()).isEqualTo(2);
                        assertThat(store.history(ad.id())).singleElement()
                                .satisfies(previous -> assertThat(previous.version()).isEqualTo(1));
                    });
        }
    }
}
