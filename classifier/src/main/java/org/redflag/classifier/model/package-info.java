/**
 * The statistical "means: deception" signal: an OpenNLP document categorizer trained on EMSCAD job ads, calibrated by
 * Platt scaling on out-of-fold predictions, with its reproducible trainer and grouped cross-validation. See
 * {@code classifier/docs/deception-model-card.md}.
 */
package org.redflag.classifier.model;
