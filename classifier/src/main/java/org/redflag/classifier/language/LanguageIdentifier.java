package org.redflag.classifier.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Collection;
import java.util.Set;

/**
 * Detects the language of an ad with OpenNLP's language-detector model ({@code opennlp-models-langdetect}, 103
 * languages, character 1- to 3-grams). Text dominated by Han or kana characters is decided by script alone (the
 * model would answer the same, at many times the cost). For other text a sample of up to {@value #SAMPLE} letters
 * is scored directly against the model's parameters: the arg-max of the summed parameters of its distinct n-grams
 * (the features the model was trained on) is the model's arg-max, without building context strings.
 *
 * <p><b>Short text.</b> Below {@value #MIN_LETTERS} letters in the sample (a title alone, "See Rohan") the n-gram
 * model is not evidence: on English EMSCAD ads cut to 20 letters it names English 73% of the time, at 40 letters 94%,
 * at 80 letters over 99%, the rest spread over Latin, Minangkabau, Waray and the like. Such samples are decided
 * without the model's arg-max over all languages: a script that belongs to one language (Thai, Korean, Greek,
 * Hebrew, ...) names it, with the script's share of the letters as confidence; Latin script is decided among the
 * short-text languages only ({@link #withShortTextLanguages}: the languages the classifier has lexicons for), with the
 * model's probability of the chosen language as confidence, which stays low; anything else is
 * {@link DetectedLanguage#UNKNOWN}, as is Latin script when no short-text language is set. Short job ads are
 * disproportionately fraudulent in EMSCAD, so sending them to {@code und} would switch the deception model off
 * exactly where it matters.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageIdentifier {
    static final int SAMPLE = 100;
    /** Fewer letters than this in the sample are too few for the n-gram model (see the class comment). */
    static final int MIN_LETTERS = 40;
    private static final String RESOURCE = "/langdetect-183.bin";
    private static final double HAN_SHARE = 0.3;
    private static final Set<String> CJK_LANGUAGES = Set.of("cmn", "zho", "jpn", "kor", "yue", "nan");
    private final NgramTable parameters;
    private final String[] outcomes;
    private final boolean[] cjkOutcome;
    private final ScriptLanguages scripts;
    /** Per outcome: whether Latin-script short text may be given this language. */
    private final boolean[] shortTextOutcome;

    private LanguageIdentifier(String[] outcomes, NgramTable parameters) {
        this.parameters = parameters;
        this.outcomes = outcomes;
        this.cjkOutcome = new boolean[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            cjkOutcome[i] = CJK_LANGUAGES.contains(outcomes[i]);
        }
        this.scripts = ScriptLanguages.of(Set.of(outcomes));
        this.shortTextOutcome = new boolean[outcomes.length];
    }

    private LanguageIdentifier(LanguageIdentifier model, boolean[] shortTextOutcome) {
        this.parameters = model.parameters;
        this.outcomes = model.outcomes;
        this.cjkOutcome = model.cjkOutcome;
        this.scripts = model.scripts;
        this.shortTextOutcome = shortTextOutcome;
    }

    /**
     * Loads the model from the {@code opennlp-models-langdetect} jar on the class path, in one pass over its file
     * straight into the n-gram table (no OpenNLP model object is built or kept).
     */
    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Language model " + RESOURCE + " is not on the class path: add "
                        + "org.apache.opennlp:opennlp-models-langdetect to the dependencies");
            }
            NgramTable.Builder table = new NgramTable.Builder();
            String[] outcomes = LangdetectModelFile.read(in, table);
            return new LanguageIdentifier(outcomes, table.build(outcomes.length));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read language model " + RESOURCE, e);
        }
    }

    /**
     * This identifier, deciding Latin-script text too short for the model among these ISO 639-3 codes only (the
     * languages the classifier has lexicons for). Codes the model does not know, such as {@code mul}, are ignored.
     */
    public LanguageIdentifier withShortTextLanguages(Collection<String> codes) {
        boolean[] allowed = new boolean[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            allowed[i] = codes.contains(outcomes[i]) || (outcomes[i].equals("cmn") && codes.contains("zho"));
        }
        return new LanguageIdentifier(this, allowed);
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
        String sample = sample(text);
        int letters = letters(sample);
        if (letters < MIN_LETTERS) {
            return detectShort(sample, letters, counts.cjk() > 0);
        }
        return scoreSample(sample, counts.cjk() > 0);
    }

    private DetectedLanguage detectShort(String sample, int letters, boolean hasCjk) {
        ScriptLanguages.Share script = ScriptLanguages.dominant(sample, letters);
        if (script.script() == UnicodeScript.LATIN && script.share() >= ScriptLanguages.SHARE) {
            double[] sums = scores(sample);
            return sums == null ? DetectedLanguage.UNKNOWN : best(sums, hasCjk, shortTextOutcome);
        }
        return scripts.detect(script);
    }

    /** The model's arg-max over the distinct 1- to 3-grams of the sample, summed in key order. */
    DetectedLanguage scoreSample(String sample, boolean hasCjk) {
        double[] sums = scores(sample);
        return sums == null ? DetectedLanguage.UNKNOWN : best(sums, hasCjk, null);
    }

    /** Per language, the summed parameters of the sample's distinct n-grams in key order; null for under 3 characters. */
    private double[] scores(String sample) {
        int n = sample.length();
        if (n < 3) {
            return null;
        }
        RowSet rows = new RowSet(parameters.rows());
        char[] c = sample.toCharArray();
        for (int i = 0; i < n; i++) {
            rows.add(parameters.unigramRow(c[i]));
            if (i + 2 <= n) {
                long bigram = ((long) c[i] << 16) | c[i + 1];
                rows.add(parameters.row((2L << 32) | bigram));
                if (i + 3 <= n) {
                    rows.add(parameters.row((3L << 48) | (bigram << 16) | c[i + 2]));
                }
            }
        }
        double[] sums = new double[outcomes.length];
        rows.addParametersTo(parameters, sums);
        return sums;
    }

    /**
     * The arg-max among the allowed languages (all when {@code allowed} is null); languages written in CJK scripts
     * are excluded when the text has no CJK character. The confidence is the model's probability of that language.
     */
    private DetectedLanguage best(double[] sums, boolean hasCjk, boolean[] allowed) {
        int best = -1;
        for (int i = 0; i < sums.length; i++) {
            if ((hasCjk || !cjkOutcome[i]) && (allowed == null || allowed[i]) && (best < 0 || sums[i] > sums[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return DetectedLanguage.UNKNOWN;
        }
        double z = 0;
        for (double s : sums) {
            double d = s - sums[best];
            // exp underflows to exactly 0 below -745.2, so skipping those terms leaves z unchanged
            if (d > -746) {
                z += Math.exp(d);
            }
        }
        String code = outcomes[best].equals("cmn") ? "zho" : outcomes[best];
        return new DetectedLanguage(code, 1 / z);
    }

    private static int letters(String sample) {
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            letters += sample.charAt(i) == ' ' ? 0 : 1;
        }
        return letters;
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
