package org.redflag.classifier.normalize;

import static org.redflag.classifier.normalize.CharClass.isHan;
import static org.redflag.classifier.normalize.CharClass.isLatinLetter;
import static org.redflag.classifier.normalize.CharClass.isLetterOrDigit;
import static org.redflag.classifier.normalize.CharClass.isLowerLatin;
import static org.redflag.classifier.normalize.CharClass.isSeparator;
import static org.redflag.classifier.normalize.CharClass.isWhitespace;

/**
 * Finds how far {@link Deobfuscation} may copy text unchanged. Whether a character ends such a run depends on it and
 * its two neighbours (a space before more whitespace, a separator between two lower-case letters, a letter standing
 * alone). For ASCII, every character of one {@link #kind} behaves alike in that rule, so the answer for each triple of
 * kinds is computed once, from the rule itself, into a 512-entry table; the scan then costs one look-up per character
 * and branches only where a run ends, instead of at every word boundary, which a CPU cannot predict.
 */
final class PlainRuns {
    private static final int OTHER = 0;
    private static final int DIGIT = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 3;
    /** A space or newline: kept as it is unless more whitespace follows. */
    private static final int BLANK = 4;
    private static final int WHITESPACE = 5;
    private static final int SEPARATOR = 6;
    /** Beyond ASCII: the table cannot judge, {@link #endsPlainRun} decides. */
    private static final int NOT_ASCII = 7;
    /** One character of each kind but the last, standing for all of its kind when the table is built. */
    private static final String SAMPLES = "!9aZ \t.";
    private static final byte[] KIND = new byte[128];
    private static final byte CONTINUES = 0;
    private static final byte ENDS = 1;
    private static final byte ASK = 2;
    /** Indexed by the kinds of the character before, the character and the one after, three bits each. */
    private static final byte[] VERDICT = new byte[512];

    static {
        for (char c = 0; c < 128; c++) {
            KIND[c] = (byte) kindOf(c);
        }
        for (int w = 0; w < VERDICT.length; w++) {
            VERDICT[w] = verdict(w >> 6, (w >> 3) & 7, w & 7);
        }
    }

    private PlainRuns() {
    }

    private static int kindOf(char c) {
        if (isWhitespace(c)) {
            return c == ' ' || c == '\n' ? BLANK : WHITESPACE;
        }
        if (isSeparator(c)) {
            return SEPARATOR;
        }
        if (CharClass.isDigit(c)) {
            return DIGIT;
        }
        if (isLatinLetter(c)) {
            return isLowerLatin(c) ? LOWER : UPPER;
        }
        return OTHER;
    }

    private static byte verdict(int before, int c, int after) {
        if (before == NOT_ASCII || c == NOT_ASCII || after == NOT_ASCII) {
            return ASK;
        }
        char[] sample = {SAMPLES.charAt(before), SAMPLES.charAt(c), SAMPLES.charAt(after)};
        return endsPlainRun(sample, sample.length, 1) ? ENDS : CONTINUES;
    }

    private static int kind(char c) {
        return c < 0x80 ? KIND[c] : NOT_ASCII;
    }

    /**
     * The end of the run of characters from {@code i} that {@link Deobfuscation} copies as they are: everything up
     * to the next separator that may split a word, whitespace other than one space or newline, or single Latin
     * letter (which may begin spaced letters). Stopping early is always safe: the caller then decides about the
     * character exactly. Called with {@code i > 0}, after the run's first character.
     */
    static int end(char[] s, int n, int i) {
        if (i >= n) {
            return n;
        }
        int window = kind(s[i - 1]) << 3 | kind(s[i]);
        for (int k = i; k < n; k++) {
            int after = k + 1 < n ? kind(s[k + 1]) : NOT_ASCII;
            window = (window << 3 | after) & 0x1FF;
            byte verdict = VERDICT[window];
            if (verdict != CONTINUES && (verdict == ENDS || endsPlainRun(s, n, k))) {
                return k;
            }
        }
        return n;
    }

    /**
     * Whether {@link Deobfuscation} might change the character at {@code k > 0} of a run it is copying (so that
     * {@code s[k - 1]} is the last character it wrote): a space or newline before more whitespace or between two Han
     * characters, other whitespace, a separator between two lower-case letters or two Han characters, or a letter
     * standing alone.
     */
    private static boolean endsPlainRun(char[] s, int n, int k) {
        char c = s[k];
        if (isWhitespace(c)) {
            return !(c == ' ' || c == '\n') || !(k + 1 == n || keepsBlank(s[k - 1], s[k + 1]));
        }
        if (isSeparator(c)) {
            return k + 1 < n && splitsWord(s[k - 1], s[k + 1]);
        }
        return isLatinLetter(c) && !isLetterOrDigit(s[k - 1]) && !(k + 1 < n && isLatinLetter(s[k + 1]));
    }

    private static boolean keepsBlank(char before, char after) {
        return !isWhitespace(after) && !(isHan(before) && isHan(after));
    }

    private static boolean splitsWord(char before, char after) {
        return (isLowerLatin(before) && isLowerLatin(after)) || (isHan(before) && isHan(after));
    }
}
