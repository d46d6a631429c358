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
              - id: t.minor
                element: purpose
                weight: 0.5
                patterns: ["aged? 1[0-5]"]
              - id: t.spaced
                element: means
                weight: 0.3
                detector: spaced_digits
            """;
    private static final String OTHER_LANGUAGE = """
            language: zho
            negations: ["不"]
            indicators:
              - id: z.visa
                element: means
                weight: 0.3
                phrases: ["tourist visa", "旅游签"]
            """;

    private static IndicatorMatcher matcher() throws IOException {
        return new IndicatorMatcher(List.of(lexicon("test.yml", LEXICON), lexicon("zh.yml", OTHER_LANGUAGE)));
    }

    private static Lexicon lexicon(String name, String yaml) throws IOException {
        return new LexiconLoader(NORMALIZER).load(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static IndicatorHit hit(String text, String id) throws IOException {
        return match(text).stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
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
    void findsDigitsWrittenOneAtATimeAnywhereInTheField() throws IOException {
        String text = "Call 5 5 5 - 0 1 4 2 today. " + "Plain words keep the two numbers far apart. ".repeat(3)
                + "Or text 1-5-5-5-0-1-4-2, not 12 34 56 78.";
        List<Evidence> evidence = hit(text, "t.spaced").evidence();
        assertThat(evidence).extracting(Evidence::text).containsExactly("5 5 5 - 0 1 4 2", "1-5-5-5-0-1-4-2");
        assertThat(evidence).allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        assertThat(ids("Ref 12 34 56 78 and 1 2 3 4 5 6")).doesNotContain("t.spaced");
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

    @Test
    void appliesANegationCueOnlyToItsOwnLanguage() throws IOException {
        assertThat(ids("no tourist visa")).contains("z.visa");
        assertThat(ids("不旅游签")).doesNotContain("z.visa");
        assertThat(ids("不 deposit")).contains("t.fees");
    }

    @Test
    void needsTheNegationCueToBeAWholeWordCloseBeforeTheMatch() throws IOException {
        assertThat(ids("casino deposit")).contains("t.fees");
        assertThat(ids("no, really, a deposit")).contains("t.fees");
        assertThat(ids("no questions asked about anything at all: deposit")).contains("t.fees");
        assertThat(ids("no questions asked about anything at all, deposit")).contains("t.fees");
        assertThat(ids("no questions asked about anything at all deposit")).contains("t.fees");
        assertThat(ids("no need for a big deposit")).doesNotContain("t.fees");
    }

    @Test
    void negatesPatternMatchesToo() throws IOException {
        assertThat(ids("Earn $2000 per week")).contains("t.pay");
        assertThat(ids("never $2000 per week")).doesNotContain("t.pay");
    }

    @Test
    void runsAPatternWithoutTriggersOverTheWholeField() throws IOException {
        String text = "Light work for girls aged 14, apply now";
        IndicatorHit minor = hit(text, "t.minor");
        assertThat(minor.evidence().get(0).text()).isEqualTo("aged 14");
        assertThat(ids("Applicants aged 25 and over")).doesNotContain("t.minor");
    }

    @Test
    void keepsOverlappingSpansOnceAndAtMostFivePerIndicator() throws IOException {
        IndicatorHit fees = hit("deposit deposit deposit deposit deposit deposit deposit recruitment fees", "t.fees");
        assertThat(fees.evidence()).hasSize(FoundEvidence.MAX_EVIDENCE);
        assertThat(fees.evidence()).extracting(Evidence::start).containsExactly(0, 8, 16, 24, 32);
    }

    @Test
    void matchesEveryFieldAndNamesItInTheEvidence() throws IOException {
        java.util.Map<String, org.redflag.classifier.normalize.NormalizedField> fields = new java.util.LinkedHashMap<>();
        fields.put("title", NORMALIZER.normalize("Typing job"));
        fields.put("location", NORMALIZER.normalize(""));
        fields.put("text", NORMALIZER.normalize("Based in Cambodia."));
        List<IndicatorHit> hits = matcher().match(fields);
        IndicatorHit composite = hits.stream().filter(h -> h.id().equals("t.abroad_role")).findFirst().orElseThrow();
        assertThat(composite.evidence()).extracting(Evidence::field).containsExactly("text", "title");
    }

    @Test
    void reportsTheSizeOfItsAutomaton() throws IOException {
        assertThat(matcher().automatonSize()).matches("[1-9][0-9]* states, [1-9][0-9]* bytes");
    }
}
