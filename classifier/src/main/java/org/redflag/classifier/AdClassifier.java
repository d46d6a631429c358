package org.redflag.classifier;

/**
 * Scores one ad for trafficking-recruitment risk and explains the score.
 *
 * <p>Implementations are thread-safe: one instance is loaded once and shared by all threads.
 */
public interface AdClassifier {

    /** Classifies one ad. Never returns null; an ad with no text gets risk 0 and no indicators. */
    Classification classify(AdText ad);
}
