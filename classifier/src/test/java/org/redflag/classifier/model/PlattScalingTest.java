package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlattScalingTest {

    @Test
    void fitsAMonotoneCalibrationThatSeparatesTheClasses() {
        double[] raw = {0.05, 0.1, 0.2, 0.3, 0.45, 0.55, 0.7, 0.8, 0.9, 0.95, 0.35, 0.65};
        boolean[] positive = {false, false, false, false, false, true, true, true, true, true, true, false};
        PlattScaling p = PlattScaling.fit(raw, positive);
        assertThat(p.a()).isNegative();
        assertThat(p.calibrate(0.9)).isGreaterThan(p.calibrate(0.5)).isGreaterThan(p.calibrate(0.1));
        assertThat(p.calibrate(0.95)).isGreaterThan(0.5);
        assertThat(p.calibrate(0.05)).isLessThan(0.5);
    }

    @Test
    void staysFiniteWhenTheScoresSeparateTheClassesPerfectly() {
        double[] raw = {0.0, 0.0, 1.0, 1.0};
        boolean[] positive = {false, false, true, true};
        PlattScaling p = PlattScaling.fit(raw, positive);
        assertThat(Double.isFinite(p.a()) && Double.isFinite(p.b())).isTrue();
        assertThat(p.calibrate(1.0)).isBetween(0.5, 1.0);
    }
}
