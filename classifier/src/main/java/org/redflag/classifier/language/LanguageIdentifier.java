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
 * is scored directly against the model's parameters: the arg-max of the summed parameters of its distinct n-grams
 * (the features the model was trained on) is the model's arg-max, without building context strings. Immutable and thread-safe.
 */
public final class LanguageIdentifier {
    static final int SAMPLE = 100;
    private static final String RESOURCE = "/langdetect-183.bin";
    private static final double HAN_SHARE = 0.3;
    private static final java.util.Set<String> CJK_LANGUAGES = java.util.Set.of("cmn", "zho", "jpn", "kor", "yue", "nan");
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
        return scoreSample(sample(text), counts.cjk() > 0);
    }

    private DetectedLanguage scoreSample(String sample, boolean hasCjk) {
        if (sample.length() < 3) {
            return DetectedLanguage.UNKNOWN;
        }
        long[] keys = new long[sample.length() * 3];
        int count = 0;
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= sample.length(); i++) {
                keys[count++] = NgramTable.key(sample, i, n);
            }
        }
        // the model was trained on the set of distinct n-grams of a text, so each counts once
        java.util.Arrays.sort(keys, 0, count);
        double[] sums = new double[outcomes.length];
        for (int k = 0; k < count; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                parameters.addTo(keys[k], sums);
            }
        }
        return best(sums, hasCjk);
    }

    /** The arg-max; languages written in CJK scripts are excluded when the text has no CJK character. */
    private DetectedLanguage best(double[] sums, boolean hasCjk) {
        int best = -1;
        for (int i = 0; i < sums.length; i++) {
            if ((hasCjk || !CJK_LANGUAGES.contains(outcomes[i])) && (best < 0 || sums[i] > sums[best])) {
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

    /**
     * Up to {@value #SAMPLE} characters of words and single spaces, lower-cased. Only words made of letters count:
     * tokens with digits, {@code #URL_...#} placeholders, URLs and e-mail addresses (letter soup to the model) are
     * skipped. Words glued by a missing space after punctuation are split there.
     */
    static String sample(String text) {
        StringBuilder b = new StringBuilder(SAMPLE + 20);
        int i = 0;
        int n = text.length();
        while (i < n && b.length() < SAMPLE) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            appendWords(text, start, i, b);
        }
        return b.length() > SAMPLE ? b.substring(0, SAMPLE).strip() : b.toString().strip();
    }

    private static void appendWords(String text, int start, int end, StringBuilder b) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || c == '#' || c == '@' || c == '/' || c == '_') {
                return;
            }
        }
        boolean space = b.length() == 0 || b.charAt(b.length() - 1) == ' ';
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        if (!space) {
            b.append(' ');
        }
    }
}
