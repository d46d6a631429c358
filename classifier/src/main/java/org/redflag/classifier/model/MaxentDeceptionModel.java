package org.redflag.classifier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
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

    private final DoccatModel model;
    private final PlattScaling calibration;
    private final String version;
    private final DeceptionFeatures features = new DeceptionFeatures();
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    private final int fraudIndex;
    private final java.util.Map<String, double[]> weights;

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
        this.weights = weights(model);
    }

    /**
     * The model's parameters per feature, keyed without the bag-of-words prefix, so that scoring needs one hash
     * look-up per feature and no string building. Null for model types other than maximum entropy.
     */
    private static java.util.Map<String, double[]> weights(DoccatModel model) {
        if (!(model.getMaxentModel() instanceof opennlp.tools.ml.maxent.quasinewton.QNModel
                || model.getMaxentModel() instanceof opennlp.tools.ml.maxent.GISModel)) {
            return null;
        }
        Object[] data = ((opennlp.tools.ml.model.AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        java.util.Map<String, opennlp.tools.ml.model.Context> pmap = (java.util.Map<String, opennlp.tools.ml.model.Context>) data[1];
        int outcomes = model.getMaxentModel().getNumOutcomes();
        java.util.Map<String, double[]> out = new java.util.HashMap<>(pmap.size() * 2);
        pmap.forEach((feature, context) -> {
            double[] w = new double[outcomes];
            int[] o = context.getOutcomes();
            double[] p = context.getParameters();
            for (int k = 0; k < o.length; k++) {
                w[o[k]] = p[k];
            }
            out.put(feature.startsWith("bow=") ? feature.substring(4) : feature, w);
        });
        return out;
    }

    @Override
    public double deception(AdText ad) {
        return calibration.calibrate(rawProbability(ad));
    }

    /** The uncalibrated probability of the fraud category. */
    public double rawProbability(AdText ad) {
        return rawProbability(ad, java.util.Map.of());
    }

    /** The uncalibrated probability of the fraud category, using structured job-board fields where given. */
    public double rawProbability(AdText ad, java.util.Map<String, String> attributes) {
        if (ad.title().isBlank() && ad.text().isBlank()) {
            return 0;
        }
        String[] f = features.of(ad, attributes);
        if (weights == null) {
            return categorizer.get().categorize(f)[fraudIndex];
        }
        double fraud = 0;
        double legit = 0;
        int legitIndex = 1 - fraudIndex;
        for (String feature : f) {
            double[] w = weights.get(feature);
            if (w != null) {
                fraud += w[fraudIndex];
                legit += w[legitIndex];
            }
        }
        return 1 / (1 + Math.exp(legit - fraud));
    }

    /** The probability as OpenNLP's own categorizer computes it (for checking the fast path). */
    double rawProbabilityByOpenNlp(AdText ad) {
        return categorizer.get().categorize(features.of(ad, java.util.Map.of()))[fraudIndex];
    }

    /** The calibrated probability, using structured job-board fields where given. */
    public double deception(AdText ad, java.util.Map<String, String> attributes) {
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
