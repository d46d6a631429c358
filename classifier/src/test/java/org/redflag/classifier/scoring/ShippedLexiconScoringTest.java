package org.redflag.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.indicator.IndicatorDefinition;

/**
 * The scoring rules hold for the shipped lexicons ({@code config/indicators/*.yml}) and not only for made-up weights:
 * no single indicator flags an ad unless it is decisive, and escort ads flag on two independent predictive cues but
 * not on one.
 */
class ShippedLexiconScoringTest {
    private static RedflagClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = RedflagClassifier.load(Path.of(System.getProperty("redflag.repo.root", ".."), "config"));
    }

    private static boolean flagged(String title, String text) {
        return classify(title, text).flagged();
    }

    private static Classification classify(String title, String text) {
        return classifier.classify(new AdText("t", title, text, "", "", "", ""));
    }

    @Test
    void noShippedIndicatorFlagsAnAdAloneUnlessDecisive() {
        RiskScorer scorer = new RiskScorer(classifier.settings().scoring(), java.util.Set.of(), java.util.Set.of());
        List<IndicatorDefinition> all = classifier.indicatorMatcher().indicators();
        assertThat(all).hasSizeGreaterThan(50);
        for (IndicatorDefinition d : all) {
            IndicatorHit alone = new IndicatorHit(d.id(), d.element(), d.exploitation(), d.weight(),
                    List.of(new Evidence("text", 0, 1, "x")));
            assertThat(scorer.score(List.of(alone), 1.0, true).flagged()).as(d.id()).isFalse();
        }
    }

    @Test
    void flagsAnEscortAdWithObscuredDigitsAndAdvertisedEthnicity() {
        Classification c = classify("Sweet Thai & Vietnamese ladies",
                "Young Thai & Vietnamese ladies, new every week. Call 5⃣5⃣5⃣ 0⃣1⃣4⃣2⃣ 24hrs.");
        assertThat(c.flagged()).isTrue();
        assertThat(c.indicators()).extracting(IndicatorHit::id).contains("mul.act.person_advertised_en_obscured_ethnicity");
    }

    @Test
    void flagsAChineseEscortAdWithObscuredDigitsAndYouth() {
        assertThat(flagged("新到 越南 年轻妹妹", "新到 越南 年轻妹妹 19岁 学生气质 可上门 ☎️ 伍伍伍 - 零壹肆贰")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Exotic dancers wanted for our gentlemen's club, call 555 0142 to audition.",
            "Asian girls night at the karaoke bar, call 555 0142.",
            "Just arrived in town: our new Thai cookery class, call five five five, zero one four two."})
    void doesNotFlagAnAdWithOneEscortCue(String text) {
        assertThat(flagged("", text)).isFalse();
    }

    @Test
    void doesNotFlagALawfulSeasonalJobWithWeakCuesOnly() {
        assertThat(flagged("Farm workers - Ontario SAWP", "URGENT: farm workers needed for harvest in Ontario under SAWP, "
                + "no experience necessary, flights paid by employer, housing provided, immediate start.")).isFalse();
    }

    @Test
    void flagsAFeeSchemeWithoutRecruitingWords() {
        Classification c = classify("Work in Europe - reserve your place",
                "Factory jobs in Poland, work permit guaranteed. Pay the registration fee of US$450 to reserve your "
                        + "place; the processing fee is deducted from your first salaries.");
        assertThat(c.flagged()).isTrue();
        assertThat(c.elementScores().get(Element.ACT)).isPositive();
    }
}
