package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    @Test
    void givesEachFeatureItsWeightAndZeroToUnknownFeatures() {
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            weights.put("w" + i, i * 0.25 - 300);
        }
        weights.put("", 7.0);
        FeatureWeights table = FeatureWeights.of(weights);
        weights.forEach((feature, w) -> assertThat(table.get(feature)).as(feature).isEqualTo(w));
        assertThat(table.get("w5000")).isZero();
        assertThat(table.get("unknown")).isZero();
    }

    @Test
    void buildsAnEmptyTable() {
        assertThat(FeatureWeights.of(Map.of()).get("anything")).isZero();
    }
}
