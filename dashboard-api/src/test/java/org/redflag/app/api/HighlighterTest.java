package org.redflag.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;

class HighlighterTest {
    private static final String TEXT = "Casino job abroad, visa paid, contact us now";

    private static IndicatorHit hit(String id, Element element, int start, int end) {
        return new IndicatorHit(id, element, "", 0.5, List.of(new Evidence("text", start, end, TEXT.substring(start, end))));
    }

    private static List<Highlighter.Segment> segments(IndicatorHit... hits) {
        List<Highlighter.HighlightedField> fields = Highlighter.highlight(AdText.of("a", "Title", TEXT), List.of(hits));
        return fields.stream().filter(f -> f.field().equals("text")).findFirst().orElseThrow().segments();
    }

    @Test
    void cutsTheTextAroundEachSpanAndKeepsEveryCharacter() {
        List<Highlighter.Segment> segments = segments(hit("casino", Element.PURPOSE, 0, 10), hit("visa", Element.ACT, 19, 28));

        assertThat(segments).extracting(Highlighter.Segment::text)
                .containsExactly("Casino job", " abroad, ", "visa paid", ", contact us now");
        assertThat(segments.get(0).elements()).containsExactly("purpose");
        assertThat(segments.get(1).indicators()).isEmpty();
        assertThat(segments.get(2).indicators()).containsExactly("visa");
    }

    @Test
    void overlappingSpansShareTheOverlapWithBothIndicators() {
        List<Highlighter.Segment> segments = segments(hit("casino", Element.PURPOSE, 0, 10),
                hit("abroad", Element.ACT, 7, 17));

        assertThat(segments).extracting(Highlighter.Segment::text)
                .containsExactly("Casino ", "job", " abroad", ", visa paid, contact us now");
        assertThat(segments.get(1).indicators()).containsExactly("casino", "abroad");
        assertThat(segments.get(1).elements()).containsExactly("purpose", "act");
    }

    @Test
    void leavesOutAndCountsSpansThatNoLongerMatchTheText() {
        IndicatorHit stale = new IndicatorHit("fees", Element.MEANS, "", 0.5,
                List.of(new Evidence("text", 0, 6, "Deposit"), new Evidence("text", 40, 99, "now")));

        Highlighter.HighlightedField field = Highlighter.highlight(AdText.of("a", "", TEXT), List.of(stale)).get(0);

        assertThat(field.unmatchedSpans()).isEqualTo(2);
        assertThat(field.segments()).extracting(Highlighter.Segment::text).containsExactly(TEXT);
    }

    @Test
    void skipsEmptyFields() {
        assertThat(Highlighter.highlight(AdText.of("a", "", TEXT), List.of()))
                .extracting(Highlighter.HighlightedField::field).containsExactly("text");
    }
}
