package org.redflag.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final DemoAd REDFLAG = ad("r", DemoAd.REDFLAG);
    private static final DemoAd ORDINARY = ad("o", DemoAd.ORDINARY);

    @Test
    void countsFlagsAgainstTheLabels() {
        Agreement agreement = Agreement.NONE.count(REDFLAG, true).count(REDFLAG, false).count(REDFLAG, true)
                .count(ORDINARY, false).count(ORDINARY, true).countNotStored();
        assertThat(agreement).isEqualTo(new Agreement(3, 2, 2, 1, 1));
        assertThat(agreement.recall()).isEqualTo(2.0 / 3);
        assertThat(agreement.precision()).isEqualTo(2.0 / 3);
        assertThat(agreement.falseFlagRate()).isEqualTo(0.5);
        assertThat(agreement.describe()).isEqualTo("2 of 3 red-flag ads flagged (recall 0.67), 1 of 2 ordinary ads "
                + "flagged (false-flag rate 0.50), precision 0.67; 1 sample ads not stored");
    }

    @Test
    void nothingFlaggedHasZeroPrecisionRatherThanNaN() {
        Agreement agreement = Agreement.NONE.count(REDFLAG, false);
        assertThat(agreement.precision()).isZero();
        assertThat(agreement.plus(Agreement.NONE.count(ORDINARY, false))).isEqualTo(new Agreement(1, 0, 1, 0, 0));
    }

    private static DemoAd ad(String slug, String kind) {
        return new DemoAd(slug, "Title", "", "", "", "2026-11-02", "Body", "", kind, "");
    }
}
