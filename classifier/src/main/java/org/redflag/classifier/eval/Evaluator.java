package org.redflag.classifier.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.redflag.classifier.Classification;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.explain.Explanation;

/**
 * Scores a labelled file with the full classifier: the deception probability against the labels (at 0.5) and the
 * trafficking risk against the labels (at the configured flag threshold). For EMSCAD CSV files the deception line is
 * the one that matters; for labelled trafficking sets, the risk line.
 */
public final class Evaluator {
    private final RedflagClassifier classifier;

    public Evaluator(RedflagClassifier classifier) {
        this.classifier = classifier;
    }

    public EvaluationReport evaluate(Path data) throws IOException {
        return evaluate(LabelledAdReader.read(data));
    }

    public EvaluationReport evaluate(List<LabelledAd> ads) {
        double[] deception = new double[ads.size()];
        double[] risk = new double[ads.size()];
        boolean[] labels = new boolean[ads.size()];
        for (int i = 0; i < ads.size(); i++) {
            Explanation e = classifier.explain(ads.get(i).ad(), ads.get(i).attributes());
            Classification c = e.classification();
            deception[i] = c.deception();
            risk[i] = c.risk();
            labels[i] = ads.get(i).positive();
        }
        double threshold = classifier.settings().scoring().flagThreshold();
        return new EvaluationReport(ads.size(), BinaryMetrics.of(deception, labels, 0.5),
                BinaryMetrics.of(risk, labels, threshold), threshold);
    }
}
