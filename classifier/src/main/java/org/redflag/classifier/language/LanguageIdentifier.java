package org.redflag.classifier.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Detects the language of an ad with OpenNLP's language-detector model ({@code opennlp-models-langdetect}, 103
 * languages, character 1- to 3-grams). Text dominated by Han or kana characters is decided by script alone (the
 * model would answer the same, at many times the cost). For other text a sample of up to {@value #SAMPLE} letters
 * is scored directly against the model's parameters: the arg-max of the summed n-gram parameters is the model's
 * arg-max, without building the context strings of the generic API twice. Immutable and thread-safe.
 */
public final class LanguageIdentifier {
    static final int SAMPLE = 100;
    private static final String RESOURCE = "/langdetect-183.bin";
    private static final double HAN_SHARE = 0.3;
    private final NgramTable parameters;
    private final String[] outcomes;

    LanguageIdentifier(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.parameters = NgramTable.of(pmap);
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
    }

    /** Loads the model from the {@code opennlp-models-langdetect} jar on the class path. */
    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Language model " + RESOURCE + " is not on the class path: add "
                        + "org.apache.opennlp:opennlp-models-langdetect to the dependencies");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in).getMaxentModel());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read language model " + RESOURCE, e);
        }
    }

    /** The most likely language of the text. */
    public DetectedLanguage detect(String text) {
        ScriptCounts counts = ScriptCounts.of(text, 600);
        if (counts.letters() == 0) {
            return DetectedLanguage.UNKNOWN;
        }
        if (counts.cjk() >= HAN_SHARE * counts.letters()) {
            return new DetectedLanguage(counts.kana() * 5 > counts.han() ? "jpn" : "zho", (double) counts.cjk() / counts.letters());
        }
        return scoreSample(sample(text));
    }

    private DetectedLanguage scoreSample(String sample) {
        if (sample.length() < 3) {
            return DetectedLanguage.UNKNOWN;
        }
        double[] sums = new double[outcomes.length];
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= sample.length(); i++) {
                parameters.addTo(NgramTable.key(sample, i, n), sums);
            }
        }
        return best(sums);
    }

    private DetectedLanguage best(double[] sums) {
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (sums[i] > sums[best]) {
                best = i;
            }
        }
        double z = 0;
        for (double s : sums) {
            z += Math.exp(s - sums[best]);
        }
        String code = outcomes[best].equals("cmn") ? "zho" : outcomes[best];
        return new DetectedLanguage(code, 1 / z);
    }

    /** Up to {@value #SAMPLE} characters of letters and single spaces, lower-cased. */
    static String sample(String text) {
        StringBuilder b = new StringBuilder(SAMPLE);
        boolean space = true;
        for (int i = 0; i < text.length() && b.length() < SAMPLE; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }
}
