/**
 * Trafficking-recruitment risk for one ad: normalise, detect language, match indicators, apply the statistical
 * deception model, combine the evidence per Protocol element into a calibrated risk, and explain it.
 *
 * <p>The public contract is {@link org.redflag.classifier.AdClassifier} with its value records. This package and
 * its sub-packages do no network or storage I/O beyond loading lexicons and models.
 */
package org.redflag.classifier;
