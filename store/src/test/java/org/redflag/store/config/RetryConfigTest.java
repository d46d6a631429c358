package org.redflag.store.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryConfigTest {

    @ParameterizedTest
    @CsvSource({"1,200", "2,400", "3,800", "6,6400", "7,10000", "60,10000"})
    void backoffDoublesUpToTheMaximum(int attempt, long millis) {
        RetryConfig retry = new RetryConfig(6, Duration.ofMillis(200), Duration.ofSeconds(10));

        assertThat(retry.backoff(attempt)).isEqualTo(Duration.ofMillis(millis));
    }
}
