package org.redflag.classifier.scoring;

import java.util.Map;
import org.redflag.classifier.Element;

/**
 * The combined evidence of one ad.
 *
 * @param risk              in [0,1]
 * @param flagged           risk reached the threshold
 * @param elements          evidence per Protocol element, in [0,1]
 * @param modelContribution means evidence contributed by the deception model (0 when not applied)
 * @param decisive          an indicator that shows trafficking on its face fired
 */
public record RiskScore(double risk, boolean flagged, Map<Element, Double> elements, double modelContribution,
                        boolean decisive) {
    public RiskScore {
        elements = Map.copyOf(elements);
    }
}
