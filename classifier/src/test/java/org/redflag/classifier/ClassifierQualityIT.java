package org.redflag.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.eval.BinaryMetrics;
import org.redflag.classifier.eval.EvaluationReport;
import org.redflag.classifier.eval.Evaluator;
import org.redflag.classifier.eval.GroupAssigner;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import org.redflag.classifier.model.CrossValidation;
import org.redflag.classifier.model.DeceptionTraining;

/**
 * Classifier quality with pinned data: grouped cross-validation of the deception model on EMSCAD (checksum pinned;
 * skipped only when the file is absent) and recall / false-positive rate on the labelled sets in the test resources.
 */
class ClassifierQualityIT {
    /** heldout-2 measured 41/45 trafficking and 1/84 ordinary ads flagged when first run; margins of about one ad. */
    static final double HELDOUT_2_MIN_RECALL = 0.88;
    static final double HELDOUT_2_MAX_FPR = 0.025;
    static final String EMSCAD_SHA256 = "3335592160cb610af3a3acc07a0905a391b7df6c359260e221fc4ddc90a1302d";
    private static Evaluator evaluator;

    @BeforeAll
    static void load() {
        evaluator = new Evaluator(RedflagClassifier.load(Path.of(System.getProperty("redflag.repo.root", ".."), "config")));
    }

    static Path emscad() {
        return Path.of(System.getProperty("redflag.repo.root", ".."), "..", "shared", "data", "emscad-train.csv");
    }

    @Test
    void deceptionModelReachesTheTargetF1InGroupedCrossValidation() throws Exception {
        Path data = emscad();
        assumeTrue(Files.isRegularFile(data), "EMSCAD training file absent: " + data);
        try (InputStream in = Files.newInputStream(data)) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha).as("emscad-train.csv changed; re-measure and update the data card").isEqualTo(EMSCAD_SHA256);
        }
        CrossValidation cv = DeceptionTraining.crossValidate(data, GroupAssigner.Grouping.NEAR_DUPLICATE);
        System.out.println("grouped CV (near-duplicate groups " + cv.groups() + "): calibrated " + cv.calibrated() + "; raw " + cv.raw());
        assertThat(cv.calibrated().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(cv.calibrated().prAuc()).isGreaterThanOrEqualTo(0.9);
    }

    private static BinaryMetrics risk(String set) throws Exception {
        Path file = Path.of(ClassifierQualityIT.class.getResource("labelled/" + set + ".jsonl").toURI());
        List<LabelledAd> ads = LabelledAdReader.read(file);
        EvaluationReport r = evaluator.evaluate(ads);
        System.out.println(set + ": " + r.risk() + String.format(" fpr=%.4f", r.risk().falsePositiveRate()));
        return r.risk();
    }

    @Test
    void flagsNearlyAllTraffickingAdsInEveryScript() throws Exception {
        assertThat(risk("trafficking-en").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(risk("trafficking-zh-hans").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(risk("trafficking-zh-hant").recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void flagsAtMostTwoPercentOfOrdinaryAds() throws Exception {
        assertThat(risk("ordinary-en").falsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(risk("ordinary-zh-hans").falsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(risk("ordinary-zh-hant").falsePositiveRate()).isLessThanOrEqualTo(0.02);
    }

    /** Lure wording and lawful overseas, seasonal and gig ads sharing its cues: tuned on, so a regression check. */
    @Test
    void separatesLuresFromLawfulAdsWithTheSameCues() throws Exception {
        BinaryMetrics m = risk("tuning-2");
        assertThat(m.recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(m.falsePositiveRate()).isLessThanOrEqualTo(0.02);
    }

    @Test
    void holdsUpOnTheSetWrittenAfterTheWeightsWereSet() throws Exception {
        BinaryMetrics m = risk("holdout");
        assertThat(m.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(m.falsePositiveRate()).isLessThanOrEqualTo(0.05);
    }

    /** Written and committed before the second tuning round and never tuned on (see labelled/README.md). */
    @Test
    void holdsUpOnTheSecondHeldOutSet() throws Exception {
        BinaryMetrics m = risk("heldout-2");
        assertThat(m.recall()).isGreaterThanOrEqualTo(HELDOUT_2_MIN_RECALL);
        assertThat(m.falsePositiveRate()).isLessThanOrEqualTo(HELDOUT_2_MAX_FPR);
    }
}
