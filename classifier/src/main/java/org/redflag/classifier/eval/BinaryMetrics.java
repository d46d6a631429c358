package org.redflag.classifier.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Precision, recall and F1 of the positive class at a threshold, and the area under the precision-recall curve
 * (average precision, the step-wise sum used by scikit-learn).
 */
public record BinaryMetrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                            double precision, double recall, double f1, double prAuc) {

    public static BinaryMetrics of(double[] scores, boolean[] positive, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && positive[i]) tp++;
            else if (predicted) fp++;
            else if (positive[i]) fn++;
            else tn++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new BinaryMetrics(tp, fp, fn, tn, p, r, f1, averagePrecision(scores, positive));
    }

    /** False-positive rate: the share of negatives predicted positive. */
    public double falsePositiveRate() {
        return falsePositives + trueNegatives == 0 ? 0 : (double) falsePositives / (falsePositives + trueNegatives);
    }

    static double averagePrecision(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        int totalPositive = 0;
        for (boolean b : positive) totalPositive += b ? 1 : 0;
        if (totalPositive == 0) return 0;
        // non-interpolated average precision; tied scores form one step
        double ap = 0;
        int tp = 0;
        int seen = 0;
        int lastTp = 0;
        for (int k = 0; k < order.length; k++) {
            seen++;
            if (positive[order[k]]) tp++;
            boolean lastOfTie = k == order.length - 1 || scores[order[k + 1]] != scores[order[k]];
            if (lastOfTie) {
                ap += (double) (tp - lastTp) / totalPositive * ((double) tp / seen);
                lastTp = tp;
            }
        }
        return ap;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f pr_auc=%.4f (tp=%d fp=%d fn=%d tn=%d)",
                precision, recall, f1, prAuc, truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
