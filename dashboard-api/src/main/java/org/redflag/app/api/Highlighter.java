package org.redflag.app.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;

/**
 * Cuts each field of an ad into segments, each carrying the indicators (and their Protocol elements) whose
 * evidence covers it, so a page can mark the evidence without parsing offsets itself. A span whose offsets do not
 * match the field's text (an ad edited after classification) is left out and counted.
 */
final class Highlighter {
    private Highlighter() {
    }

    /** One stretch of a field's text and the indicators whose evidence covers it (none for plain text). */
    record Segment(String text, List<String> indicators, List<String> elements) {
    }

    /** A field cut into segments; {@code unmatchedSpans} counts evidence that no longer fits the text. */
    record HighlightedField(String field, List<Segment> segments, int unmatchedSpans) {
    }

    private record Mark(int start, int end, String indicator, String element) {
    }

    static List<HighlightedField> highlight(AdText ad, List<IndicatorHit> indicators) {
        List<HighlightedField> fields = new ArrayList<>();
        for (String field : AdText.FIELDS) {
            String text = ad.field(field);
            if (!text.isEmpty()) {
                fields.add(highlightField(field, text, indicators));
            }
        }
        return fields;
    }

    private static HighlightedField highlightField(String field, String text, List<IndicatorHit> indicators) {
        List<Mark> marks = new ArrayList<>();
        int unmatched = 0;
        for (IndicatorHit hit : indicators) {
            for (Evidence evidence : hit.evidence()) {
                if (!evidence.field().equals(field)) {
                    continue;
                }
                if (fits(evidence, text)) {
                    marks.add(new Mark(evidence.start(), evidence.end(), hit.id(),
                            hit.element().name().toLowerCase(Locale.ROOT)));
                } else {
                    unmatched++;
                }
            }
        }
        return new HighlightedField(field, segments(text, marks), unmatched);
    }

    private static boolean fits(Evidence evidence, String text) {
        return evidence.start() >= 0 && evidence.start() < evidence.end() && evidence.end() <= text.length()
                && text.substring(evidence.start(), evidence.end()).equals(evidence.text());
    }

    private static List<Segment> segments(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        marks.forEach(mark -> {
            cuts.add(mark.start());
            cuts.add(mark.end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segments.add(segment(text, from, to, marks));
        }
        return segments;
    }

    private static Segment segment(String text, int from, int to, List<Mark> marks) {
        List<String> ids = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.start() <= from && mark.end() >= to) {
                if (!ids.contains(mark.indicator())) {
                    ids.add(mark.indicator());
                }
                if (!elements.contains(mark.element())) {
                    elements.add(mark.element());
                }
            }
        }
        return new Segment(text.substring(from, to), ids, elements);
    }
}
