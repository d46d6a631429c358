package org.redflag.classifier.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.redflag.classifier.eval.BinaryMetrics;
import org.redflag.classifier.eval.LabelledAd;

/**
 * Trains the deception model reproducibly: fixed algorithm, parameters and seed; grouped k-fold cross-validation
 * gives out-of-fold probabilities, on which the Platt calibration is fitted and the scores are measured.
 */
public final class DeceptionTrainer {
    private final TrainingParameters parameters;
    private final int folds;
    private final long seed;

    public DeceptionTrainer(TrainingParameters parameters, int folds, long seed) {
        this.parameters = parameters;
        this.folds = folds;
        this.seed = seed;
    }

    /** The parameters used for the shipped model: L-BFGS maximum entropy (logistic regression), L2 cost 3, cutoff 2. */
    public static TrainingParameters defaultParameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put("L2Cost", 3.0);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** Cross-validates, fits the calibration on the out-of-fold predictions and trains the final model on all ads. */
    public TrainingResult train(List<LabelledAd> ads, String version) throws IOException {
        CrossValidation cv = crossValidate(ads);
        DoccatModel model = fit(ads);
        return new TrainingResult(new MaxentDeceptionModel(model, cv.calibration(), version), cv, ads.size());
    }

    /** Grouped k-fold cross-validation; calibration for each fold is fitted on the other folds' predictions. */
    public CrossValidation crossValidate(List<LabelledAd> ads) throws IOException {
        int[] fold = assignFolds(ads);
        double[] raw = new double[ads.size()];
        boolean[] labels = new boolean[ads.size()];
        for (int k = 0; k < folds; k++) {
            List<LabelledAd> train = new ArrayList<>();
            for (int i = 0; i < ads.size(); i++) {
                if (fold[i] != k) {
                    train.add(ads.get(i));
                }
            }
            MaxentDeceptionModel m = new MaxentDeceptionModel(fit(train), PlattScaling.IDENTITY, "cv");
            for (int i = 0; i < ads.size(); i++) {
                if (fold[i] == k) {
                    raw[i] = m.rawProbability(ads.get(i).ad(), ads.get(i).attributes());
                }
            }
        }
        for (int i = 0; i < ads.size(); i++) {
            labels[i] = ads.get(i).positive();
        }
        double[] calibrated = new double[ads.size()];
        for (int k = 0; k < folds; k++) {
            PlattScaling platt = fitOutside(raw, labels, fold, k);
            for (int i = 0; i < ads.size(); i++) {
                if (fold[i] == k) {
                    calibrated[i] = platt.calibrate(raw[i]);
                }
            }
        }
        return new CrossValidation(folds, countGroups(ads), BinaryMetrics.of(raw, labels, 0.5),
                BinaryMetrics.of(calibrated, labels, 0.5), PlattScaling.fit(raw, labels));
    }

    private static PlattScaling fitOutside(double[] raw, boolean[] labels, int[] fold, int k) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (fold[i] != k) {
                idx.add(i);
            }
        }
        double[] r = new double[idx.size()];
        boolean[] l = new boolean[idx.size()];
        for (int j = 0; j < idx.size(); j++) {
            r[j] = raw[idx.get(j)];
            l[j] = labels[idx.get(j)];
        }
        return PlattScaling.fit(r, l);
    }

    DoccatModel fit(List<LabelledAd> ads) throws IOException {
        DeceptionFeatures features = new DeceptionFeatures();
        List<DocumentSample> samples = new ArrayList<>(ads.size());
        for (LabelledAd a : ads) {
            samples.add(new DocumentSample(a.positive() ? MaxentDeceptionModel.FRAUD : MaxentDeceptionModel.LEGIT,
                    features.of(a.ad(), a.attributes())));
        }
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
    }

    /** Assigns whole groups to folds, largest first, each to the currently smallest fold (ties by seeded order). */
    int[] assignFolds(List<LabelledAd> ads) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ads.size(); i++) {
            groups.computeIfAbsent(ads.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> ordered = new ArrayList<>(groups.values());
        Collections.shuffle(ordered, new Random(seed));
        ordered.sort((x, y) -> Integer.compare(y.size(), x.size()));
        int[] size = new int[folds];
        int[] fold = new int[ads.size()];
        for (List<Integer> g : ordered) {
            int best = 0;
            for (int k = 1; k < folds; k++) {
                if (size[k] < size[best]) {
                    best = k;
                }
            }
            for (int i : g) {
                fold[i] = best;
            }
            size[best] += g.size();
        }
        return fold;
    }

    private static int countGroups(List<LabelledAd> ads) {
        Map<String, Integer> g = new HashMap<>();
        for (LabelledAd a : ads) {
            g.merge(a.group(), 1, Integer::sum);
        }
        return g.size();
    }
}
