package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.List;
import org.redflag.classifier.Evidence;

/**
 * The evidence gathered for one ad, by indicator index, remembering the order in which indicators first fired (which
 * decides the order of equally weighted hits). Overlapping spans of one field are kept once, and at most
 * {@value #MAX_EVIDENCE} spans per indicator. One instance per {@link IndicatorMatcher#match} call; not thread-safe.
 */
final class FoundEvidence {
    static final int MAX_EVIDENCE = 5;
    private final List<Evidence>[] byIndicator;
    private final int[] firstFired;
    private int fired;

    @SuppressWarnings("unchecked")
    FoundEvidence(int indicators) {
        byIndicator = new List[indicators];
        firstFired = new int[indicators];
    }

    boolean has(int indicator) {
        return byIndicator[indicator] != null;
    }

    /** Whether the indicator keeps no more spans, so that a further match of it changes nothing. */
    boolean isFull(int indicator) {
        List<Evidence> evidence = byIndicator[indicator];
        return evidence != null && evidence.size() >= MAX_EVIDENCE;
    }

    List<Evidence> get(int indicator) {
        return byIndicator[indicator];
    }

    int count() {
        return fired;
    }

    /** The {@code n}-th indicator to fire. */
    int indicatorAt(int n) {
        return firstFired[n];
    }

    /** Adds the span {@code [start, end)} of {@code original} unless it overlaps a span already kept for the field. */
    void add(int indicator, String field, String original, int start, int end) {
        List<Evidence> evidence = byIndicator[indicator];
        if (evidence == null) {
            evidence = put(indicator, new ArrayList<>(2));
        } else {
            for (int i = 0, n = evidence.size(); i < n; i++) {
                Evidence ev = evidence.get(i);
                if (ev.start() < end && start < ev.end() && ev.field().equals(field)) {
                    return;
                }
            }
            if (evidence.size() >= MAX_EVIDENCE) {
                return;
            }
        }
        evidence.add(new Evidence(field, start, end, original.substring(start, end)));
    }

    /** Records an indicator that has not fired yet with its evidence. */
    List<Evidence> put(int indicator, List<Evidence> evidence) {
        byIndicator[indicator] = evidence;
        firstFired[fired++] = indicator;
        return evidence;
    }
}
