package org.redflag.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;

class RiskScorerTest {
    private static final RiskScorer SCORER = new RiskScorer(ScoringSettings.DEFAULTS, Set.of("child"), Set.of("sale"));

    private static IndicatorHit hit(String id, Element element, double weight) {
        return new IndicatorHit(id, element, "", weight, List.of(new Evidence("text", 0, 1, "x")));
    }

    @Test
    void neverFlagsASingleIndicator() {
        for (Element e : Element.values()) {
            assertThat(SCORER.score(List.of(hit("one", e, 0.9)), 0, false).flagged()).isFalse();
        }
    }

    @Test
    void neverFlagsOneElementHoweverMuchEvidence() {
        RiskScore s = SCORER.score(List.of(hit("a", Element.ACT, 0.5), hit("b", Element.ACT, 0.5), hit("c", Element.ACT, 0.5)), 0, false);
        assertThat(s.risk()).isZero();
    }

    @Test
    void flagsActAndMeansEvidenceTogether() {
        RiskScore s = SCORER.score(List.of(hit("recruiting", Element.ACT, 0.35), hit("travel", Element.ACT, 0.35),
                hit("abroad", Element.ACT, 0.3), hit("fees", Element.MEANS, 0.45), hit("no_experience", Element.MEANS, 0.25)), 0, false);
        assertThat(s.flagged()).isTrue();
        assertThat(s.elements().get(Element.ACT)).isCloseTo(1 - 0.65 * 0.65 * 0.7, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void purposeEvidenceRaisesTheRisk() {
        List<IndicatorHit> base = List.of(hit("a", Element.ACT, 0.35), hit("m", Element.MEANS, 0.35));
        double without = SCORER.score(base, 0, false).risk();
        double with = SCORER.score(List.of(base.get(0), base.get(1), hit("p", Element.PURPOSE, 0.6)), 0, false).risk();
        assertThat(with).isGreaterThan(without);
    }

    @Test
    void flagsAPersonOfferedForSaleOnItsFace() {
        RiskScore s = SCORER.score(List.of(hit("sale", Element.ACT, 0.95)), 0, false);
        assertThat(s.flagged()).isTrue();
        assertThat(s.decisive()).isTrue();
    }

    @Test
    void countsAChildIndicatorAsMeans() {
        List<IndicatorHit> hits = List.of(hit("recruit", Element.ACT, 0.35), hit("child", Element.PURPOSE, 0.7));
        assertThat(SCORER.score(hits, 0, false).elements().get(Element.MEANS)).isEqualTo(0.7);
        assertThat(SCORER.score(hits, 0, false).flagged()).isTrue();
    }

    @Test
    void addsTheDeceptionModelToMeansOnlyAboveItsMinimumAndWhenApplied() {
        List<IndicatorHit> hits = List.of(hit("a", Element.ACT, 0.35));
        assertThat(SCORER.score(hits, 0.9, true).modelContribution()).isCloseTo(0.315, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(SCORER.score(hits, 0.4, true).modelContribution()).isZero();
        assertThat(SCORER.score(hits, 0.9, false).modelContribution()).isZero();
    }

    @Test
    void grantsThePurposeFloorOnlyForSubstantiveMeans() {
        IndicatorHit recruiting = hit("recruiting", Element.ACT, 0.35);
        IndicatorHit travel = hit("travel", Element.ACT, 0.35);
        IndicatorHit housing = hit("housing", Element.ACT, 0.15);
        List<IndicatorHit> weakOnly = List.of(recruiting, travel, housing, hit("no_experience", Element.MEANS, 0.25),
                hit("urgency", Element.MEANS, 0.15));
        RiskScore lawfulSeasonalJob = SCORER.score(weakOnly, 0.5, true);
        assertThat(lawfulSeasonalJob.elements().get(Element.MEANS)).isGreaterThan(0.4);
        assertThat(lawfulSeasonalJob.risk()).isZero();
        List<IndicatorHit> withFee = List.of(recruiting, travel, housing, hit("fees", Element.MEANS, 0.45));
        assertThat(SCORER.score(withFee, 0, false).flagged()).isTrue();
    }

    @Test
    void weakMeansStillCountWhenThePurposeIsWritten() {
        List<IndicatorHit> hits = List.of(hit("recruiting", Element.ACT, 0.35), hit("travel", Element.ACT, 0.35),
                hit("no_experience", Element.MEANS, 0.25), hit("messenger", Element.MEANS, 0.15),
                hit("scam_compound", Element.PURPOSE, 0.6));
        assertThat(SCORER.score(hits, 0, false).flagged()).isTrue();
    }

    @Test
    void countsAChildIndicatorAsSubstantiveMeans() {
        List<IndicatorHit> hits = List.of(hit("recruit", Element.ACT, 0.35), hit("travel", Element.ACT, 0.35),
                hit("abroad", Element.ACT, 0.2), hit("child", Element.PURPOSE, 0.3));
        RiskScore s = SCORER.score(hits, 0, false);
        assertThat(s.risk()).isCloseTo(Math.cbrt((1 - 0.65 * 0.65 * 0.8) * 0.3 * 0.35), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(s.flagged()).isTrue();
    }

    @Test
    void rejectsASubstantiveMeansWeightOutsideZeroToOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScoringSettings(0.4, 0.35, 0.35, 0.5, Set.of("eng"), 1.5))
                .hasMessageContaining("scoring.substantive_means");
    }
}
