package org.redflag.classifier.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Detects the language of an ad with OpenNLP's language-detector model ({@code opennlp-models-langdetect}, 103
 * languages, character 1- to 3-grams). Text dominated by Han or kana characters is decided by script alone (the
 * model would answer the same, at many times the cost), and so is text dominated by Hangul: Korean, which the scoring
 * below never names, as it keeps languages written in CJK scripts for text with Han or kana. For other text a sample
 * of up to {@value #SAMPLE} letters is scored directly against the model's parameters: the arg-max of the summed
 * parameters of its distinct n-grams (the features the model was trained on) is the model's arg-max, without building
 * context strings.
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
    /** One identifier per process in practice; a thread's scratch is rebuilt if it meets one of another size. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(0, 0));
    private final NgramTable parameters;
    private final String[] outcomes;
    private final boolean[] cjkOutcome;
    private final ScriptLanguages scripts;
    /** Whether the model knows Korean, which text mostly in Hangul is then given without scoring. */
    private final boolean korean;
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
        this.korean = Set.of(outcomes).contains("kor");
        this.shortTextOutcome = new boolean[outcomes.length];
    }

    private LanguageIdentifier(LanguageIdentifier model, boolean[] shortTextOutcome) {
        this.parameters = model.parameters;
        this.outcomes = model.outcomes;
        this.cjkOutcome = model.cjkOutcome;
        this.scripts = model.scripts;
        this.korean = model.korean;
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
        if (korean && counts.hangul() >= HAN_SHARE * counts.letters()) {
            return new DetectedLanguage("kor", (double) counts.hangul() / counts.letters());
        }
        Scratch scratch = scratch();
        char[] sample = scratch.sample;
        int length = sample(text, sample);
        int letters = 0;
        for (int i = 0; i < length; i++) {
            letters += sample[i] == ' ' ? 0 : 1;
        }
        if (letters < MIN_LETTERS) {
            return detectShort(scratch, length, letters, counts.cjk() > 0);
        }
        return score(scratch, length, counts.cjk() > 0, null);
    }

    private DetectedLanguage detectShort(Scratch scratch, int length, int letters, boolean hasCjk) {
        ScriptLanguages.Share script = ScriptLanguages.dominant(scratch.sample, length, letters);
        if (script.script() == UnicodeScript.LATIN && script.share() >= ScriptLanguages.SHARE) {
            return score(scratch, length, hasCjk, shortTextOutcome);
        }
        return scripts.detect(script);
    }

    /** The model's arg-max over the distinct 1- to 3-grams of the sample, summed in key order. */
    DetectedLanguage scoreSample(String sample, boolean hasCjk) {
        Scratch scratch = scratch();
        sample.getChars(0, sample.length(), scratch.sample, 0);
        return score(scratch, sample.length(), hasCjk, null);
    }

    /**
     * The arg-max (see {@link #best}) of the per-language sums of the parameters of the sample's distinct n-grams,
     * added in key order; {@link DetectedLanguage#UNKNOWN} for under 3 characters.
     */
    private DetectedLanguage score(Scratch scratch, int n, boolean hasCjk, boolean[] allowed) {
        if (n < 3) {
            return DetectedLanguage.UNKNOWN;
        }
        char[] c = scratch.sample;
        RowSet rows = scratch.rows;
        for (int i = 0; i < n; i++) {
            rows.add(parameters.unigramRow(c[i]));
            if (i + 2 <= n) {
                rows.add(parameters.bigramRow(c[i], c[i + 1]));
                if (i + 3 <= n) {
                    rows.add(parameters.trigramRow(c[i], c[i + 1], c[i + 2]));
                }
            }
        }
        int count = rows.rows(scratch.rowList);
        double[] sums = scratch.sums;
        Arrays.fill(sums, 0);
        parameters.addTo(scratch.rowList, count, sums);
        return best(sums, hasCjk, allowed);
    }

    private Scratch scratch() {
        Scratch scratch = SCRATCH.get();
        if (scratch.rows.capacity() < parameters.rows() || scratch.sums.length != outcomes.length) {
            scratch = new Scratch(parameters.rows(), outcomes.length);
            SCRATCH.set(scratch);
        }
        return scratch;
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

    /**
     * Up to {@value #SAMPLE} characters of words and single spaces, lower-cased. Only words made of letters count:
     * tokens with digits, {@code #URL_...#} placeholders, URLs and e-mail addresses (letter soup to the model) are
     * skipped. Words glued by a missing space after punctuation are split there.
     */
    static String sample(String text) {
        char[] sample = new char[SAMPLE];
        return new String(sample, 0, sample(text, sample));
    }

    /**
     * Writes the {@linkplain #sample(String) sample} of the text into {@code out} ({@value #SAMPLE} long); returns its
     * length.
     */
    private static int sample(String text, char[] out) {
        int length = 0;
        int i = 0;
        int n = text.length();
        while (i < n && length < SAMPLE) {
            while (i < n && isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWhitespace(text.charAt(i))) {
                i++;
            }
            length = appendWords(text, start, i, out, length);
        }
        while (length > 0 && out[length - 1] == ' ') {
            length--;
        }
        return length;
    }

    /** Appends a whitespace-free token's words to {@code out[0 .. length)}, dropping what falls beyond its end. */
    private static int appendWords(String text, int start, int end, char[] out, int length) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c < 128 ? (c >= '0' && c <= '9') || c == '#' || c == '@' || c == '/' || c == '_' : Character.isDigit(c)) {
                return length;
            }
        }
        int n = length;
        boolean space = n == 0 || out[n - 1] == ' ';
        for (int k = start; k < end && n < out.length; k++) {
            char c = text.charAt(k);
            if (c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c)) {
                out[n++] = c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c);
                space = false;
            } else if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        if (!space && n < out.length) {
            out[n++] = ' ';
        }
        return n;
    }

    /** {@link Character#isWhitespace}, answered without a table look-up for ASCII. */
    private static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) : Character.isWhitespace(c);
    }

    /**
     * Per-thread working memory of the scoring: the sample, the set and list of its rows, the sums. Reused from text
     * to text so that detecting a language allocates nothing but the result.
     */
    private static final class Scratch {
        final char[] sample = new char[SAMPLE];
        final RowSet rows;
        /** A sample of n characters has at most 3n n-grams. */
        final int[] rowList = new int[3 * SAMPLE];
        final double[] sums;

        Scratch(int rows, int outcomes) {
            this.rows = new RowSet(rows);
            this.sums = new double[outcomes];
        }
    }
}
