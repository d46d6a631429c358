package org.redflag.classifier.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Languages that their script alone identifies among the model's languages (Thai, Korean, Greek, Hebrew, Georgian,
 * Armenian and several Indic scripts each belong to one of them). Used for samples too short for the n-gram model:
 * a script is reliable evidence at any length, a dozen letters of n-grams are not. Latin, Cyrillic, Arabic and
 * Devanagari are shared by many languages and say nothing alone. Immutable and thread-safe.
 */
final class ScriptLanguages {
    /** Share of the sample's letters that must be in one script for the script to decide. */
    static final double SHARE = 0.8;
    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final Map<UnicodeScript, String> SINGLE_LANGUAGE = Map.ofEntries(
            Map.entry(UnicodeScript.THAI, "tha"), Map.entry(UnicodeScript.HANGUL, "kor"),
            Map.entry(UnicodeScript.GREEK, "ell"), Map.entry(UnicodeScript.HEBREW, "heb"),
            Map.entry(UnicodeScript.GEORGIAN, "kat"), Map.entry(UnicodeScript.ARMENIAN, "hye"),
            Map.entry(UnicodeScript.SINHALA, "sin"), Map.entry(UnicodeScript.TELUGU, "tel"),
            Map.entry(UnicodeScript.KANNADA, "kan"), Map.entry(UnicodeScript.MALAYALAM, "mal"),
            Map.entry(UnicodeScript.TAMIL, "tam"), Map.entry(UnicodeScript.GUJARATI, "guj"),
            Map.entry(UnicodeScript.GURMUKHI, "pan"), Map.entry(UnicodeScript.BENGALI, "ben"));
    private final Map<UnicodeScript, String> languages = new EnumMap<>(UnicodeScript.class);

    /**
     * The script most of a sample's letters are written in.
     *
     * @param script the script
     * @param share  its share of the letters, in [0,1]
     */
    record Share(UnicodeScript script, double share) {
    }

    private ScriptLanguages(Set<String> modelLanguages) {
        SINGLE_LANGUAGE.forEach((script, code) -> {
            if (modelLanguages.contains(code)) {
                languages.put(script, code);
            }
        });
    }

    /** The scripts of one language, kept to the languages the model knows. */
    static ScriptLanguages of(Set<String> modelLanguages) {
        return new ScriptLanguages(modelLanguages);
    }

    /**
     * The dominant script of a sample ({@code sample[0 .. length)}) of lower-case letters and spaces holding
     * {@code letters} letters (at least one).
     */
    static Share dominant(char[] sample, int length, int letters) {
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < length; i++) {
            char c = sample[i];
            if (c != ' ') {
                counts[UnicodeScript.of(c).ordinal()]++;
            }
        }
        int top = 0;
        for (int s = 1; s < counts.length; s++) {
            top = counts[s] > counts[top] ? s : top;
        }
        return new Share(SCRIPTS[top], (double) counts[top] / Math.max(1, letters));
    }

    /**
     * The language of a sample whose dominant script (at least {@value #SHARE} of its letters) belongs to one
     * language, with that share as confidence; {@link DetectedLanguage#UNKNOWN} otherwise.
     */
    DetectedLanguage detect(Share dominant) {
        String code = languages.get(dominant.script());
        return code != null && dominant.share() >= SHARE ? new DetectedLanguage(code, dominant.share()) : DetectedLanguage.UNKNOWN;
    }
}
