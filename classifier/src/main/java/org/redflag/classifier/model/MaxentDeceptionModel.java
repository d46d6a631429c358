package org.redflag.classifier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.redflag.classifier.AdText;

/**
 * The deception model: an OpenNLP document categorizer (maximum entropy) over {@link DeceptionFeatures}, its
 * probability of the {@code fraud} category calibrated by {@link PlattScaling}.
 *
 * <p>The model file is a zip holding {@code doccat.bin} (the OpenNLP model) and {@code calibration.properties}.
 * Thread-safe: each thread gets its own {@link DocumentCategorizerME} over the shared immutable model.
 */
public final class MaxentDeceptionModel implements DeceptionModel {
    public static final String FRAUD = "fraud";
    public static final String LEGIT = "legit";
    /** The prefix OpenNLP's bag-of-words feature generator puts before each feature string. */
    private static final String BAG_OF_WORDS = "bow=";

    private final DoccatModel model;
    private final PlattScaling calibration;
    private final String version;
    private final DeceptionFeatures features = new DeceptionFeatures();
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    private final int fraudIndex;
    private final HashedFeatureScorer scorer;

    public MaxentDeceptionModel(DoccatModel model, PlattScaling calibration, String version) {
        this.model = model;
        this.calibration = calibration;
        this.version = version;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        this.fraudIndex = categorizer.get().getIndex(FRAUD);
        if (fraudIndex < 0) {
            throw new IllegalArgumentException("Deception model '" + version + "' has no '" + FRAUD
                    + "' category: retrain it with ./redflag train");
        }
        this.scorer = scorer(model, fraudIndex);
    }

    /**
     * Scoring by hashed features over the model's parameters, so that scoring builds no feature strings: with two
     * categories, maximum entropy is logistic regression on the summed (fraud - legit) weights. Null for other model
     * types, which OpenNLP's categorizer scores instead.
     */
    private static HashedFeatureScorer scorer(DoccatModel model, int fraudIndex) {
        if (!(model.getMaxentModel() instanceof QNModel || model.getMaxentModel() instanceof GISModel)
                || model.getMaxentModel().getNumOutcomes() != 2) {
            return null;
        }
        Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> parameters = (Map<String, Context>) data[1];
        List<String> features = new ArrayList<>(parameters.size());
        double[] logOdds = new double[parameters.size()];
        parameters.forEach((feature, context) -> {
            if (feature.startsWith(BAG_OF_WORDS)) {
                logOdds[features.size()] = fraudMinusLegit(context, fraudIndex);
                features.add(feature.substring(BAG_OF_WORDS.length()));
            }
        });
        return new HashedFeatureScorer(FeatureWeights.of(features.toArray(String[]::new), logOdds));
    }

    private static double fraudMinusLegit(Context context, int fraudIndex) {
        double fraud = 0;
        double legit = 0;
        int[] outcomes = context.getOutcomes();
        double[] p = context.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            if (outcomes[k] == fraudIndex) {
                fraud = p[k];
            } else {
                legit = p[k];
            }
        }
        return fraud - legit;
    }

    @Override
    public double deception(AdText ad) {
        return calibration.calibrate(rawProbability(ad));
    }

    /** The uncalibrated probability of the fraud category. */
    public double rawProbability(AdText ad) {
        return rawProbability(ad, Map.of());
    }

    /** The uncalibrated probability of the fraud category, using structured job-board fields where given. */
    public double rawProbability(AdText ad, Map<String, String> attributes) {
        if (ad.title().isBlank() && ad.text().isBlank()) {
            return 0;
        }
        if (scorer == null) {
            return categorizer.get().categorize(features.of(ad, attributes))[fraudIndex];
        }
        return 1 / (1 + Math.exp(-scorer.logOdds(ad, attributes)));
    }

    /** The probability as OpenNLP's own categorizer computes it from the feature strings (to check the fast path). */
    double rawProbabilityByOpenNlp(AdText ad) {
        return rawProbabilityByOpenNlp(ad, Map.of());
    }

    /** The probability as OpenNLP's own categorizer computes it from the feature strings (to check the fast path). */
    double rawProbabilityByOpenNlp(AdText ad, Map<String, String> attributes) {
        return categorizer.get().categorize(features.of(ad, attributes))[fraudIndex];
    }

    /** The calibrated probability, using structured job-board fields where given. */
    public double deception(AdText ad, Map<String, String> attributes) {
        return calibration.calibrate(rawProbability(ad, attributes));
    }

    @Override
    public String version() {
        return version;
    }

    public PlattScaling calibration() {
        return calibration;
    }

    /** Reads a model file written by {@link #write}. */
    public static MaxentDeceptionModel read(InputStream in, String version) throws IOException {
        DoccatModel doccat = null;
        PlattScaling platt = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("doccat.bin")) {
                    doccat = new DoccatModel(new NonClosing(zip));
                } else if (e.getName().equals("calibration.properties")) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(new NonClosing(zip), StandardCharsets.UTF_8));
                    platt = new PlattScaling(Double.parseDouble(p.getProperty("platt.a")), Double.parseDouble(p.getProperty("platt.b")));
                }
            }
        }
        if (doccat == null || platt == null) {
            throw new IOException("Deception model '" + version + "' lacks doccat.bin or calibration.properties: retrain it with ./redflag train");
        }
        return new MaxentDeceptionModel(doccat, platt, version);
    }

    /** Writes the model and its calibration as one zip. */
    public void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("doccat.bin"));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            model.serialize(bytes);
            zip.write(bytes.toByteArray());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("calibration.properties"));
            String props = "# Platt scaling fitted on out-of-fold predictions: p = 1 / (1 + exp(a * logit(raw) + b))\n"
                    + "platt.a=" + calibration.a() + "\nplatt.b=" + calibration.b() + "\n";
            zip.write(props.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip entry stays open for the next entry
        }
    }
}
