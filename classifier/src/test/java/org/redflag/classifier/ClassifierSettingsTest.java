package org.redflag.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.scoring.ScoringSettings;

class ClassifierSettingsTest {

    private static ClassifierSettings read(String yaml) throws Exception {
        return ClassifierSettings.read("classifier.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedFileHoldsTheDefaults() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("redflag.repo.root", ".."), "config", "classifier.yml"))) {
            ClassifierSettings shipped = ClassifierSettings.read("config/classifier.yml", in);
            assertThat(shipped.scoring()).isEqualTo(ScoringSettings.DEFAULTS);
            assertThat(shipped.indicatorFiles()).isEqualTo(ClassifierSettings.DEFAULT_INDICATORS);
        }
    }

    @Test
    void readsEveryScoringKey() throws Exception {
        ScoringSettings s = read("""
                scoring:
                  flag_threshold: 0.6
                  purpose_floor: 0.2
                  substantive_means: 0.45
                  deception:
                    weight: 0.1
                    minimum: 0.7
                    languages: [eng, deu]
                """).scoring();
        assertThat(s.flagThreshold()).isEqualTo(0.6);
        assertThat(s.purposeFloor()).isEqualTo(0.2);
        assertThat(s.substantiveMeans()).isEqualTo(0.45);
        assertThat(s.deceptionWeight()).isEqualTo(0.1);
        assertThat(s.deceptionMinimum()).isEqualTo(0.7);
        assertThat(s.deceptionLanguages()).containsExactlyInAnyOrder("eng", "deu");
    }

    @Test
    void namesTheKeyThatIsWrong() {
        assertThatThrownBy(() -> read("scoring:\n  substantive_means: high\n"))
                .hasMessageContaining("scoring.substantive_means must be a number, got 'high'");
        assertThatThrownBy(() -> read("scorring:\n  flag_threshold: 0.5\n"))
                .hasMessageContaining("unknown key 'scorring'");
    }
}
