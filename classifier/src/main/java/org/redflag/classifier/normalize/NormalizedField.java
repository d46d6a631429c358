package org.redflag.classifier.normalize;

/**
 * The two normalised views of one ad field.
 *
 * @param forMatching all passes, lower case: what indicators are matched against
 * @param forContacts folding and spelled digits only: what contacts are extracted from
 */
public record NormalizedField(NormalizedText forMatching, NormalizedText forContacts) {
}
