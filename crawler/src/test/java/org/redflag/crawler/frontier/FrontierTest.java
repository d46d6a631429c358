package org.redflag.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontierTest {

    @Test
    void servesEachUrlOnceAdsFirstAndEndsWhenNothingIsLeft() throws InterruptedException {
        Frontier f = new Frontier(Duration.ZERO, 4, 100);
        robots(f, "a.example");
        assertThat(f.offer(url("https://a.example/list"), false)).isTrue();
        assertThat(f.offer(url("https://a.example/job/1"), true)).isTrue();
        assertThat(f.offer(url("https://a.example/list"), false)).isFalse();
        List<String> order = new ArrayList<>();
        for (Optional<CrawlUrl> u = f.take(); u.isPresent(); u = f.take()) {
            order.add(u.get().url());
            f.release(u.get());
        }
        assertThat(order).containsExactly("https://a.example/job/1", "https://a.example/list");
    }

    @Test
    void stopsHandingOutPagesWhenTheBudgetIsSpent() throws InterruptedException {
        Frontier f = new Frontier(Duration.ZERO, 1, 2);
        for (int i = 0; i < 5; i++) {
            f.offer(url("https://a.example/" + i), false);
        }
        int served = 0;
        for (Optional<CrawlUrl> u = f.take(); u.isPresent(); u = f.take()) {
            served++;
            f.release(u.get());
        }
        assertThat(served).isEqualTo(2);
        assertThat(f.budgetSpent()).isTrue();
    }

    @Test
    void aUrlRefusedByTheAdmissionCheckIsRememberedAndNotQueued() {
        Frontier f = new Frontier(Duration.ZERO, 1, 10);
        assertThat(f.offer(url("https://a.example/trap"), false, u -> false)).isFalse();
        assertThat(f.offer(url("https://a.example/trap"), false)).isFalse();
        assertThat(f.waiting()).isZero();
    }

    private static void robots(Frontier f, String host) throws InterruptedException {
        f.offer(url("https://" + host + "/"), false);
        CrawlUrl first = f.take().orElseThrow();
        f.robotsKnown(host, Duration.ZERO);
        f.release(first);
    }

    private static CrawlUrl url(String u) {
        return new CrawlUrl(u, org.redflag.crawler.url.UrlNormalizer.hostOf(u), 0, 0, 0, false);
    }
}
