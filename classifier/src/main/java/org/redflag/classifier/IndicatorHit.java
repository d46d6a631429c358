package org.redflag.classifier;

import java.util.List;

/**
 * One indicator that fired on an ad.
 *
 * @param id           the indicator's id in {@code config/indicators/*.yml}
 * @param element      the Protocol element it is evidence of
 * @param exploitation the exploitation type where known (sexual, labour, forced_criminality, other), else ""
 * @param weight       its configured weight
 * @param evidence     the spans of the ad it matched, never empty
 */
public record IndicatorHit(String id, Element element, String exploitation, double weight, List<Evidence> evidence) {
    public IndicatorHit {
        evidence = List.copyOf(evidence);
    }
}
