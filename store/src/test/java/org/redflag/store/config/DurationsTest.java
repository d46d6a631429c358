package org.redflag.store.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"500ms,500", "90s,90000", "5m,300000", "2h,7200000", "1d,86400000", "PT1.5S,1500", "' 3 s ',3000"})
    void parsesSimpleAndIsoForms(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "ninety seconds", "5 minutes", "-1s", "P"})
    void rejectsOtherFormsNamingTheValue(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("90s");
    }

    @ParameterizedTest
    @CsvSource({"500,500ms", "90000,90s", "300000,5m", "7200000,2h", "86400000,1d", "0,0s"})
    void formatsTheShortestForm(long millis, String text) {
        assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
    }
}
