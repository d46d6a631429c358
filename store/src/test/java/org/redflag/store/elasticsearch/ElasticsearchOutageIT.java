package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.store.AdDocument;
import org.redflag.store.AdQuery;
import org.redflag.store.StoreUnavailableException;

class ElasticsearchOutageIT {

    @Test
    void writesFailAsUnavailableWhileElasticsearchIsDownAndSucceedOnceItIsBack() {
        ElasticsearchTestNode es = ElasticsearchTestNode.get();
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(
                es.config(ElasticsearchTestNode.uniquePrefix("outage")))) {
            ElasticsearchAdStore store = ElasticsearchAdStore.open(connection, IndexTemplates.fromClasspath());
            AdDocument before = TestAds.ad("https://jobs.example/o1", "Before", "Saved before the outage", 0.9);
            AdDocument during = TestAds.ad("https://jobs.example/o2", "During", "Offered during the outage", 0.9);
            store.saveAds(List.of(before));

            es.stop();
            try {
                assertThatThrownBy(() -> store.saveAds(List.of(before, during)))
                        .isInstanceOf(StoreUnavailableException.class)
                        .hasMessageContaining(es.url());
                assertThatThrownBy(() -> store.findAd(before.id())).isInstanceOf(StoreUnavailableException.class);
            } finally {
                es.start();
            }
            store.saveAds(List.of(before, during));

            assertThat(store.findAds(List.of(before.id(), during.id()))).containsExactly(before, during);
            assertThat(store.count(AdQuery.all())).isEqualTo(2);
            assertThat(store.history(before.id())).isEmpty();
        }
    }
}
