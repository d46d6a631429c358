package org.redflag.classifier.model;

/**
 * Platt scaling: maps a raw probability {@code p} to {@code 1 / (1 + exp(a * logit(p) + b))}, with {@code a} and
 * {@code b} fitted on held-out (out-of-fold) predictions by Newton's method with backtracking line search on Platt's
 * regularised targets (Platt 1999; Lin, Lin and Weng 2007).
 *
 * @param a slope (negative for a score that rises with the positive class)
 * @param b intercept
 */
public record PlattScaling(double a, double b) {
    public static final PlattScaling IDENTITY = new PlattScaling(-1, 0);
    private static final double EPS = 1e-6;

    public double calibrate(double rawProbability) {
        return 1 / (1 + Math.exp(a * logit(rawProbability) + b));
    }

    static double logit(double p) {
        double q = Math.min(1 - EPS, Math.max(EPS, p));
        return Math.log(q / (1 - q));
    }

    /** Fits the two parameters to raw probabilities and their labels. */
    public static PlattScaling fit(double[] raw, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = positive.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] f = new double[raw.length];
        double[] t = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            f[i] = logit(raw[i]);
            t[i] = positive[i] ? hi : lo;
        }
        return newton(f, t, Math.log((neg + 1.0) / (pos + 1.0)));
    }

    private static PlattScaling newton(double[] f, double[] t, double b0) {
        double a = 0;
        double b = b0;
        double loss = loss(f, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double g1 = 0, g2 = 0, h11 = 1e-12, h22 = 1e-12, h21 = 0;
            for (int i = 0; i < f.length; i++) {
                double p = 1 / (1 + Math.exp(a * f[i] + b));
                double d = t[i] - p;
                double w = p * (1 - p);
                g1 += f[i] * d;
                g2 += d;
                h11 += f[i] * f[i] * w;
                h22 += w;
                h21 += f[i] * w;
            }
            if (Math.abs(g1) < 1e-7 && Math.abs(g2) < 1e-7) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double step = 1;
            while (step > 1e-10) {
                double next = loss(f, t, a + step * da, b + step * db);
                if (next < loss + 1e-4 * step * (g1 * da + g2 * db)) {
                    a += step * da;
                    b += step * db;
                    loss = next;
                    break;
                }
                step /= 2;
            }
            if (step <= 1e-10) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    private static double loss(double[] f, double[] t, double a, double b) {
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            double z = a * f[i] + b;
            // -[t log p + (1-t) log(1-p)] with p = 1/(1+exp(z)), computed stably
            sum += z >= 0 ? (t[i] * z + Math.log1p(Math.exp(-z))) : ((t[i] - 1) * z + Math.log1p(Math.exp(z)));
        }
        return sum;
    }
}
