package org.redflag.classifier;

import java.util.List;
import java.util.Map;

/**
 * The classifier's verdict on one ad, with everything needed to check it against the ad text.
 *
 * @param id            the ad's id, echoed
 * @param language      ISO 639-3 code of the detected language (eng, zho, ...), "und" when unknown
 * @param risk          calibrated trafficking-recruitment risk in [0,1]
 * @param flagged       whether risk reached the configured flag threshold
 * @param deception     calibrated probability in [0,1] that the ad is a deceptive (fake) job ad
 * @param elementScores evidence per Protocol element, in [0,1]
 * @param indicators    the indicators that fired, strongest first
 * @param contacts      contact points found in the ad
 * @param modelVersion  identifies the lexicons and model that produced this result
 */
public record Classification(
        String id,
        String language,
        double risk,
        boolean flagged,
        double deception,
        Map<Element, Double> elementScores,
        List<IndicatorHit> indicators,
        Contacts contacts,
        String modelVersion) {

    public Classification {
        elementScores = Map.copyOf(elementScores);
        indicators = List.copyOf(indicators);
    }
}
