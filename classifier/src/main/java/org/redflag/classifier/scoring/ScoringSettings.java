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
 * @param substantiveMeans   the weight a means indicator (or a child indicator) must reach for the purpose floor to
 *                           apply: weaker cues (no experience, urgency, a messenger app named) and the deception model
 *                           corroborate means but cannot stand for an unwritten purpose
 */
public record ScoringSettings(double flagThreshold, double purposeFloor, double deceptionWeight, double deceptionMinimum,
                              Set<String> deceptionLanguages, double substantiveMeans) {
    /** The default substantive-means weight: the lightest means indicators that are evidence on their own weigh 0.3. */
    public static final double DEFAULT_SUBSTANTIVE_MEANS = 0.3;
    public static final ScoringSettings DEFAULTS = new ScoringSettings(0.4, 0.35, 0.35, 0.5, Set.of("eng"),
            DEFAULT_SUBSTANTIVE_MEANS);

    public ScoringSettings {
        deceptionLanguages = Set.copyOf(deceptionLanguages);
        check("scoring.flag_threshold", flagThreshold);
        check("scoring.purpose_floor", purposeFloor);
        check("scoring.deception.weight", deceptionWeight);
        check("scoring.deception.minimum", deceptionMinimum);
        check("scoring.substantive_means", substantiveMeans);
    }

    /** The settings with the default substantive-means weight. */
    public ScoringSettings(double flagThreshold, double purposeFloor, double deceptionWeight, double deceptionMinimum,
                           Set<String> deceptionLanguages) {
        this(flagThreshold, purposeFloor, deceptionWeight, deceptionMinimum, deceptionLanguages, DEFAULT_SUBSTANTIVE_MEANS);
    }

    private static void check(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("classifier.yml: " + key + " must be a number in [0, 1], got " + value);
        }
    }
}
