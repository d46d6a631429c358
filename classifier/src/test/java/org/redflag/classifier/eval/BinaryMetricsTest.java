package org.redflag.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void computesPrecisionRecallAndF1AtTheThreshold() {
        double[] scores = {0.9, 0.8, 0.6, 0.4, 0.2, 0.1};
        boolean[] labels = {true, false, true, true, false, false};
        BinaryMetrics m = BinaryMetrics.of(scores, labels, 0.5);
        assertThat(m.truePositives()).isEqualTo(2);
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.falseNegatives()).isEqualTo(1);
        assertThat(m.precision()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(m.recall()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(m.f1()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(m.falsePositiveRate()).isCloseTo(1 / 3.0, offset(1e-9));
    }

    @Test
    void computesAveragePrecisionAsTheAreaUnderThePrecisionRecallSteps() {
        double[] scores = {0.9, 0.8, 0.6, 0.4};
        boolean[] labels = {true, false, true, false};
        // positives at ranks 1 and 3: (1/1 + 2/3) / 2
        assertThat(BinaryMetrics.of(scores, labels, 0.5).prAuc()).isCloseTo((1 + 2 / 3.0) / 2, offset(1e-9));
    }

    @Test
    void givesAPerfectRankingAnAreaOfOne() {
        assertThat(BinaryMetrics.of(new double[] {0.9, 0.1}, new boolean[] {true, false}, 0.5).prAuc()).isEqualTo(1.0);
    }
}
