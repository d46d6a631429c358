package org.redflag.classifier.scoring;

import java.util.Set;

/**
 * The scoring keys of {@code classifier.yml} (section {@code scoring}); see {@code classifier/docs/scoring.md}.
 *
 * @param flagThreshold      an ad is flagged when its risk reaches this
 * @param purposeFloor       the purpose evidence assumed when less is found (act and means alone can flag)
 * @param deceptionWeight    weight of the deception model as means evidence
 * @param deceptionMinimum   the model counts only from this calibrated probability up
 * @param deceptionLanguages languages (ISO 639-3) the deception model is applied to
 */
public record ScoringSettings(double flagThreshold, double purposeFloor, double deceptionWeight, double deceptionMinimum,
                              Set<String> deceptionLanguages) {
    public static final ScoringSettings DEFAULTS = new ScoringSettings(0.4, 0.35, 0.35, 0.5, Set.of("eng"));

    public ScoringSettings {
        deceptionLanguages = Set.copyOf(deceptionLanguages);
        check("scoring.flag_threshold", flagThreshold);
        check("scoring.purpose_floor", purposeFloor);
        check("scoring.deception.weight", deceptionWeight);
        check("scoring.deception.minimum", deceptionMinimum);
    }

    private static void check(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("classifier.yml: " + key + " must be a number in [0, 1], got " + value);
        }
    }
}
