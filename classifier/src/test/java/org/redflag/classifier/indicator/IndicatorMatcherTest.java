package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.classifier.normalize.TextNormalizer;

class IndicatorMatcherTest {
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
    private static final String LEXICON = """
            language: eng
            negations: ["no", "never"]
            indicators:
              - id: t.fees
                element: means
                weight: 0.45
                phrases: ["recruitment fee*", "deposit"]
                negations: ["never ask for"]
              - id: t.housing
                element: act
                weight: 0.15
                phrases: ["free housing"]
              - id: t.place
                element: act
                weight: 0.3
                phrases: ["cambodia", "柬埔寨"]
              - id: t.role
                element: purpose
                weight: 0.15
                phrases: ["typing job*", "打字员"]
              - id: t.abroad_role
                element: purpose
                weight: 0.6
                requires_all: [t.place, t.role]
              - id: t.pay
                element: means
                weight: 0.3
                patterns: ["\\\\$ ?[0-9]{4} ?per ?week"]
                triggers: ["week"]
              - id: t.obscured
                element: means
                weight: 0.3
                detector: obscured_digits
            """;

    private static IndicatorMatcher matcher() throws IOException {
        Lexicon lexicon = new LexiconLoader(NORMALIZER).load("test.yml",
                new ByteArrayInputStream(LEXICON.getBytes(StandardCharsets.UTF_8)));
        return new IndicatorMatcher(List.of(lexicon));
    }

    private static List<IndicatorHit> match(String text) throws IOException {
        return matcher().match(Map.of("text", NORMALIZER.normalize(text)));
    }

    private static List<String> ids(String text) throws IOException {
        return match(text).stream().map(IndicatorHit::id).toList();
    }

    @Test
    void reportsEvidenceAsExactSpansOfTheOriginalText() throws IOException {
        String text = "Great pay. FREE  Housing and a typing job!";
        IndicatorHit housing = match(text).stream().filter(h -> h.id().equals("t.housing")).findFirst().orElseThrow();
        Evidence e = housing.evidence().get(0);
        assertThat(e.field()).isEqualTo("text");
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).isEqualTo("FREE  Housing");
        assertThat(housing.element()).isEqualTo(Element.ACT);
    }

    @Test
    void dropsAMatchPrecededByANegationCue() throws IOException {
        assertThat(ids("There is no recruitment fee.")).doesNotContain("t.fees");
        assertThat(ids("We never ask for a deposit.")).doesNotContain("t.fees");
        assertThat(ids("A recruitment fee of $500 applies.")).contains("t.fees");
    }

    @Test
    void keepsAMatchWhenTheNegationIsInAnotherClause() throws IOException {
        assertThat(ids("No experience needed, deposit required")).contains("t.fees");
    }

    @Test
    void matchesWholeWordsOnlyUnlessThePhraseIsAPrefix() throws IOException {
        assertThat(ids("redeposits")).doesNotContain("t.fees");
        assertThat(ids("recruitment fees apply")).contains("t.fees");
    }

    @Test
    void firesACompositeOnlyWhenAllItsPartsFired() throws IOException {
        assertThat(ids("Typing jobs in Cambodia")).contains("t.abroad_role", "t.place", "t.role");
        assertThat(ids("Typing jobs in Ohio")).doesNotContain("t.abroad_role");
        assertThat(ids("柬埔寨高薪招聘打字員")).contains("t.abroad_role");
    }

    @Test
    void runsPatternsNearTheirTriggers() throws IOException {
        assertThat(ids("Earn $2000 per week")).contains("t.pay");
        assertThat(ids("Earn $2000 per month")).doesNotContain("t.pay");
    }

    @Test
    void detectsObscuredPhoneNumbers() throws IOException {
        String text = "call six one two five five five now";
        IndicatorHit hit = match(text).stream().filter(h -> h.id().equals("t.obscured")).findFirst().orElseThrow();
        assertThat(hit.evidence().get(0).text()).isEqualTo("six one two five five five");
        assertThat(ids("call 612 555 0198 now")).doesNotContain("t.obscured");
    }

    @Test
    void ordersHitsStrongestFirst() throws IOException {
        List<IndicatorHit> hits = match("Typing job in Cambodia, free housing");
        assertThat(hits.get(0).id()).isEqualTo("t.abroad_role");
    }
}
