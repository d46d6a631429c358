package org.redflag.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "120 | 120",
        "0 | 0",
        "Mon, 23 Nov 2026 10:00:30 GMT | 30",
        "Mon, 23 Nov 2026 09:00:00 GMT | 0",
        "soon | 0",
        "'' | 0",
    })
    void parsesSecondsAndDates(String header, long seconds) {
        assertThat(RetryAfter.parse(header, NOW)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
