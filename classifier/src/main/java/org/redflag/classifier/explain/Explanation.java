package org.redflag.classifier.explain;

import org.redflag.classifier.Classification;

/**
 * Everything an analyst needs to check one verdict: the classification (indicators with their evidence spans,
 * element scores, contacts) plus how the language was decided and what the deception model contributed.
 *
 * @param classification     the verdict
 * @param languageConfidence confidence of the detected language, in [0,1]
 * @param modelApplied       whether the deception model was applied (it is trained on English job ads only)
 * @param modelContribution  means evidence the model added, in [0,1]
 * @param decisive           an indicator that shows trafficking on its face fired
 */
public record Explanation(Classification classification, double languageConfidence, boolean modelApplied,
                          double modelContribution, boolean decisive) {

    /** A short English summary such as "flagged: act 0.61, means 0.49, purpose 0.66; 7 indicators". */
    public String summary() {
        Classification c = classification;
        return String.format(java.util.Locale.ROOT, "%s (risk %.2f): act %.2f, means %.2f, purpose %.2f; %d indicators%s",
                c.flagged() ? "flagged" : "not flagged", c.risk(), c.elementScores().get(org.redflag.classifier.Element.ACT),
                c.elementScores().get(org.redflag.classifier.Element.MEANS),
                c.elementScores().get(org.redflag.classifier.Element.PURPOSE), c.indicators().size(),
                decisive ? "; a person is offered on its face" : "");
    }
}
