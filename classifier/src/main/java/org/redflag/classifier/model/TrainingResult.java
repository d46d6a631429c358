package org.redflag.classifier.model;

/** A trained deception model with its cross-validation scores and the number of ads it was trained on. */
public record TrainingResult(MaxentDeceptionModel model, CrossValidation crossValidation, int ads) {
}
