package org.redflag.classifier.model;

import org.redflag.classifier.eval.BinaryMetrics;

/**
 * Grouped cross-validation results of the deception model.
 *
 * @param folds       number of folds
 * @param groups      number of near-duplicate groups the folds were drawn from
 * @param raw         metrics of the uncalibrated out-of-fold probabilities at 0.5
 * @param calibrated  metrics of the calibrated out-of-fold probabilities at 0.5 (each fold calibrated on the others)
 * @param calibration the calibration fitted on all out-of-fold predictions, shipped with the final model
 */
public record CrossValidation(int folds, int groups, BinaryMetrics raw, BinaryMetrics calibrated, PlattScaling calibration) {
}
