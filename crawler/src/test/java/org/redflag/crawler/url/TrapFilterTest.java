package org.redflag.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.crawler.source.Limits;

class TrapFilterTest {
    private final TrapFilter filter = new TrapFilter(Limits.DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.org/a?p1=1&p2=2&p3=3&p4=4&p5=5&p6=6&p7=7&p8=8&p9=9",
        "https://example.org/jobs/x/jobs/x/jobs/x",
    })
    void refusesEndlessQueriesAndRepeatingPaths(String url) {
        assertThat(filter.checkShape(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/jobs/2024/1234", "https://example.org/jobs?page=7&sort=date",
        "https://example.org/job/2019"})
    void letsOrdinaryUrlsThrough(String url) {
        assertThat(filter.check(url, "example.org")).isEmpty();
    }

    @Test
    void boundsCalendarUrlsPerHost() {
        long refused = 0;
        for (int day = 0; day < 150; day++) {
            String url = "https://example.org/events/2026/" + (day % 12 + 1) + "/" + (day % 28 + 1) + "?v=" + day;
            refused += filter.check(url, "example.org").isPresent() ? 1 : 0;
        }
        assertThat(refused).isEqualTo(150 - Limits.DEFAULT.maxCalendarUrls());
        assertThat(filter.check("https://other.example/cal/2026-05", "other.example")).isEmpty();
    }

    @Test
    void boundsUrlsPerHost() {
        TrapFilter small = new TrapFilter(new Limits(100, 5, 1000, java.time.Duration.ofMinutes(1),
                java.time.Duration.ofSeconds(1), 2, 3, 8, 2, 10, 0));
        assertThat(small.check("https://a.example/1", "a.example")).isEmpty();
        assertThat(small.check("https://a.example/2", "a.example")).isEmpty();
        assertThat(small.check("https://a.example/3", "a.example")).isEmpty();
        assertThat(small.check("https://a.example/4", "a.example")).hasValueSatisfying(
                reason -> assertThat(reason).contains("more than 3 URLs"));
    }
}
