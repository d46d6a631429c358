package org.redflag.crawler.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.redflag.crawler.dedup.AdOutcome;
import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.store.AdStore;

class AdIndexerTest {

    @Test
    void keepsTakingWritesAndRecordsThemFailedWhenItsThreadHitsAnError() throws Exception {
        AdStore broken = (AdStore) Proxy.newProxyInstance(AdStore.class.getClassLoader(),
                new Class<?>[] {AdStore.class}, (proxy, method, args) -> {
                    throw new NoClassDefFoundError("org/redflag/store/Missing");
                });
        List<AdUpdate> failed = new CopyOnWriteArrayList<>();
        List<String> reasons = new CopyOnWriteArrayList<>();
        IndexListener listener = new IndexListener() {
            @Override
            public void saved(List<AdUpdate> updates) {
                throw new AssertionError("nothing can be saved");
            }

            @Override
            public void failed(List<AdUpdate> updates, String reason) {
                failed.addAll(updates);
                reasons.add(reason);
            }
        };
        StoreRetry retry = new StoreRetry(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)), Clock.systemUTC());
        AdIndexer indexer = new AdIndexer(broken, 2, retry, Instant.now().plusSeconds(60), () -> false, listener,
                "test");

        // Far more writes than the queue holds (2 x batch size): with a dead writer these would block forever.
        for (int i = 0; i < 50; i++) {
            indexer.add(new AdUpdate(AdOutcome.NEW, null));
        }
        indexer.close();

        assertThat(failed).hasSize(50);
        assertThat(reasons).allMatch(reason -> reason.startsWith("indexer stopped: java.lang.NoClassDefFoundError"));
    }
}
