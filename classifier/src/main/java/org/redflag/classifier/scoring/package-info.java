/**
 * Scoring: evidence per Protocol element (act, means, purpose) combined into a risk in [0,1] with thresholds from
 * {@code classifier.yml}; the formula is documented in {@code classifier/docs/scoring.md}.
 */
package org.redflag.classifier.scoring;
