package org.redflag.classifier.eval;

/**
 * Scores of one labelled file.
 *
 * @param ads           number of ads
 * @param deception     the deception probability at 0.5 against the labels
 * @param risk          the trafficking risk at the flag threshold against the labels
 * @param flagThreshold the threshold used for {@code risk}
 */
public record EvaluationReport(int ads, BinaryMetrics deception, BinaryMetrics risk, double flagThreshold) {

    @Override
    public String toString() {
        return "ads: " + ads + "\n"
                + "deception >= 0.5: " + deception + "\n"
                + String.format(java.util.Locale.ROOT, "risk >= %.2f (flagged): ", flagThreshold) + risk
                + String.format(java.util.Locale.ROOT, " false_positive_rate=%.4f", risk.falsePositiveRate());
    }
}
