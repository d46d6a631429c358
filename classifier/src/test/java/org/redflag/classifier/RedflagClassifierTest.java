package org.redflag.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.classifier.explain.Explanation;

class RedflagClassifierTest {
    static RedflagClassifier classifier;

    static Path configDir() {
        return Path.of(System.getProperty("redflag.repo.root", ".."), "config");
    }

    @BeforeAll
    static void load() {
        classifier = RedflagClassifier.load(configDir());
    }

    private static final AdText SCAM = new AdText("s1", "Customer service staff - Cambodia",
            "URGENT!! Typing job in Sihanoukville. Salary $1500-3000 per month. No experience needed, free flight "
                    + "tickets and free accommodation. Contact Telegram @kh_jobs88", "", "", "", "");

    @Test
    void flagsAScamCompoundAdWithEvidenceForEachElement() {
        Classification c = classifier.classify(SCAM);
        assertThat(c.flagged()).isTrue();
        assertThat(c.language()).isEqualTo("eng");
        assertThat(c.elementScores()).allSatisfy((e, v) -> assertThat(v).isPositive());
        assertThat(c.indicators()).extracting(IndicatorHit::id).contains("mul.purpose.scam_compound_en", "en.act.travel_arranged");
        assertThat(c.contacts().messengers()).contains("telegram:@kh_jobs88");
    }

    @Test
    void everyEvidenceSpanIsTheExactOriginalText() {
        for (IndicatorHit h : classifier.classify(SCAM).indicators()) {
            for (Evidence e : h.evidence()) {
                assertThat(SCAM.field(e.field()).substring(e.start(), e.end())).isEqualTo(e.text());
            }
        }
    }

    @Test
    void flagsTheSameAdInSimplifiedAndTraditionalChinese() {
        Classification hans = classifier.classify(AdText.of("h", "高薪招聘客服打字员", "柬埔寨西港高薪招聘打字员，月薪过万，包吃包住，报销机票，无需经验，加飞机详聊。"));
        Classification hant = classifier.classify(AdText.of("t", "高薪招聘客服打字員", "柬埔寨西港高薪招聘打字員，月薪過萬，包吃包住，報銷機票，無需經驗，加飛機詳聊。"));
        assertThat(hans.flagged()).isTrue();
        assertThat(hant.flagged()).isTrue();
        assertThat(hant.language()).isEqualTo("zho");
        assertThat(hant.risk()).isEqualTo(hans.risk());
    }

    @Test
    void doesNotFlagALegalSeasonalJobWithHousingAndTravel() {
        Classification c = classifier.classify(AdText.of("n", "Seasonal fruit pickers - New Zealand",
                "Join our orchard team for the apple harvest. Accommodation available on site, flights reimbursed after the "
                        + "season. Working holiday visa required. No experience necessary. We never charge recruitment fees."));
        assertThat(c.flagged()).isFalse();
        assertThat(c.indicators()).extracting(IndicatorHit::id).doesNotContain("en.means.fees");
    }

    @Test
    void flagsADomesticWorkerOfferedForTransferOnItsFace() {
        Explanation e = classifier.explain(AdText.of("m", "Maid for transfer", "Filipino maid, 28 years old, price negotiable"));
        assertThat(e.classification().flagged()).isTrue();
        assertThat(e.decisive()).isTrue();
        assertThat(e.summary()).contains("offered on its face");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Selling baby clothes and a pram, like new", "出售婴儿车，九成新",
        "转让儿童床一张", "Delivery driver wanted, we will reward good work", "Liver transplant nurse, $45 per hour"})
    void doesNotTakeGoodsOrJobsNearOrganWordsForAPersonOnSale(String text) {
        assertThat(classifier.explain(AdText.of("g", "", text)).decisive()).isFalse();
    }

    @Test
    void givesAnEmptyAdNoRisk() {
        Classification c = classifier.classify(AdText.of("e", "", ""));
        assertThat(c.risk()).isZero();
        assertThat(c.indicators()).isEmpty();
        assertThat(c.language()).isEqualTo("und");
    }

    @Test
    void appliesTheDeceptionModelToEnglishOnly() {
        assertThat(classifier.explain(SCAM).modelApplied()).isTrue();
        assertThat(classifier.explain(AdText.of("z", "招聘", "高薪招聘客服")).modelApplied()).isFalse();
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        Classification expected = classifier.classify(SCAM);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Classification>> results = pool.invokeAll(java.util.Collections.nCopies(20, () -> classifier.classify(SCAM)));
            for (Future<Classification> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void loadsTheDefaultsFromTheClassPath() {
        RedflagClassifier defaults = RedflagClassifier.loadDefault();
        assertThat(defaults.classify(SCAM).risk()).isEqualTo(classifier.classify(SCAM).risk());
    }

    @Test
    void namesAMissingLexiconFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("indicators"));
        Files.writeString(dir.resolve("classifier.yml"), "indicators: [xx.yml]\n");
        assertThatThrownBy(() -> RedflagClassifier.load(dir)).hasMessageContaining("xx.yml").hasMessageContaining("does not exist");
    }

    @Test
    void namesABadSettingsKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("classifier.yml"), "scoring:\n  flag_threshold: high\n");
        assertThatThrownBy(() -> RedflagClassifier.load(dir)).hasMessageContaining("scoring.flag_threshold");
    }
}
