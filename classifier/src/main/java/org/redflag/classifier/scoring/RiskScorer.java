package org.redflag.classifier.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redflag.classifier.Element;
import org.redflag.classifier.IndicatorHit;

/**
 * Combines indicator evidence into a risk, per {@code classifier/docs/scoring.md}:
 * <pre>
 *   E(element) = 1 - prod(1 - w_i)       over the distinct indicators of that element (noisy-OR)
 *   means      = 1 - (1 - E(means)) (1 - c)   with c = weight * deception when deception >= minimum (model languages)
 *   means      = 1 - (1 - means) (1 - w_child)  when a child is recruited (the Protocol needs no means for a
 *                                        child, so a child indicator counts as means evidence as well as purpose)
 *   risk       = cbrt(E(act) * means * max(E(purpose), floor))   when a means or child indicator of weight
 *                                        >= substantiveMeans fired, else cbrt(E(act) * means * E(purpose))
 *   risk       = max(risk, w_decisive)   when a person is offered for sale (trafficking on its face)
 * </pre>
 * One indicator alone never flags an ad: without act or without means evidence the product is zero. The purpose
 * floor (a purpose assumed though unwritten) stands in only for ads with substantive means evidence: weak cues such as
 * "no experience" or "urgent", common in lawful seasonal and overseas ads, need stated purpose evidence. Stateless.
 */
public final class RiskScorer {
    private final ScoringSettings settings;
    private final Set<String> childIndicators;
    private final Set<String> decisiveIndicators;

    /**
     * @param childIndicators    ids of indicators that show a child is recruited
     * @param decisiveIndicators ids of indicators that show trafficking on their face
     */
    public RiskScorer(ScoringSettings settings, Set<String> childIndicators, Set<String> decisiveIndicators) {
        this.settings = settings;
        this.childIndicators = Set.copyOf(childIndicators);
        this.decisiveIndicators = Set.copyOf(decisiveIndicators);
    }

    public RiskScore score(List<IndicatorHit> hits, double deception, boolean modelApplies) {
        Map<Element, Double> keep = new EnumMap<>(Element.class);
        for (Element e : Element.values()) {
            keep.put(e, 1.0);
        }
        double child = 0;
        double decisive = 0;
        double strongestMeans = 0;
        for (IndicatorHit h : hits) {
            keep.merge(h.element(), 1 - h.weight(), (a, b) -> a * b);
            if (h.element() == Element.MEANS) {
                strongestMeans = Math.max(strongestMeans, h.weight());
            }
            if (childIndicators.contains(h.id())) {
                child = Math.max(child, h.weight());
            }
            if (decisiveIndicators.contains(h.id())) {
                decisive = Math.max(decisive, h.weight());
            }
        }
        double contribution = modelApplies && deception >= settings.deceptionMinimum() ? settings.deceptionWeight() * deception : 0;
        double act = 1 - keep.get(Element.ACT);
        double means = 1 - keep.get(Element.MEANS) * (1 - contribution) * (1 - child);
        double purpose = 1 - keep.get(Element.PURPOSE);
        boolean substantive = Math.max(strongestMeans, child) >= settings.substantiveMeans();
        double risk = Math.cbrt(act * means * (substantive ? Math.max(purpose, settings.purposeFloor()) : purpose));
        risk = Math.min(1, Math.max(risk, decisive));
        Map<Element, Double> elements = new EnumMap<>(Element.class);
        elements.put(Element.ACT, round(act));
        elements.put(Element.MEANS, round(means));
        elements.put(Element.PURPOSE, round(purpose));
        return new RiskScore(round(risk), risk >= settings.flagThreshold(), elements, round(contribution), decisive > 0);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
