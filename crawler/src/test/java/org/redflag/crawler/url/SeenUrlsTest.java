package org.redflag.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenUrlsTest {

    @Test
    void remembersEveryUrlOnceThroughGrowth() {
        SeenUrls seen = new SeenUrls();
        for (int i = 0; i < 5000; i++) {
            assertThat(seen.add("https://example.org/job/" + i)).isTrue();
        }
        for (int i = 0; i < 5000; i += 7) {
            assertThat(seen.add("https://example.org/job/" + i)).isFalse();
        }
        assertThat(seen.size()).isEqualTo(5000);
        assertThat(seen.contains("https://example.org/job/4999")).isTrue();
        assertThat(seen.contains("https://example.org/job/5000")).isFalse();
    }
}
