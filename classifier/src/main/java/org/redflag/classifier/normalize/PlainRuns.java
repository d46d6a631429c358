package org.redflag.classifier.normalize;

import static org.redflag.classifier.normalize.CharClass.isHan;
import static org.redflag.classifier.normalize.CharClass.isLatinLetter;
import static org.redflag.classifier.normalize.CharClass.isLetterOrDigit;
import static org.redflag.classifier.normalize.CharClass.isLowerLatin;
import static org.redflag.classifier.normalize.CharClass.isSeparator;
import static org.redflag.classifier.normalize.CharClass.isWhitespace;

/**
 * Finds how far {@link Deobfuscation} may copy text unchanged. Whether a character ends such a run depends on its
 * class and its neighbours' (a space before more whitespace, a separator between two lower-case letters, a letter
 * standing alone); for ASCII the classes are bits in one table, combined with shifts and masks, so that the loop
 * branches only where a run ends.
 */
final class PlainRuns {
    /** Whitespace other than one space or newline: always collapsed or rewritten. */
    private static final int ENDS_BIT = 0;
    /** A space or a newline, kept as it is unless more whitespace follows. */
    private static final int BLANK_BIT = 1;
    private static final int WHITESPACE_BIT = 2;
    private static final int LATIN_BIT = 3;
    private static final int ALNUM_BIT = 4;
    /** Any character beyond ASCII, which the bits cannot judge. */
    private static final int NOT_ASCII_BIT = 5;
    /** A separator, kept as it is unless it stands between two lower-case letters. */
    private static final int SEPARATOR_BIT = 6;
    private static final int LOWER_BIT = 7;
    private static final int NOT_ASCII = 1 << NOT_ASCII_BIT;
    private static final int[] PLAIN = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean blank = c == ' ' || c == '\n';
            PLAIN[c] = bit(isWhitespace(c) && !blank, ENDS_BIT) | bit(blank, BLANK_BIT) | bit(isWhitespace(c), WHITESPACE_BIT)
                    | bit(isLatinLetter(c), LATIN_BIT) | bit(isLetterOrDigit(c), ALNUM_BIT) | bit(isSeparator(c), SEPARATOR_BIT)
                    | bit(isLowerLatin(c), LOWER_BIT);
        }
    }

    private PlainRuns() {
    }

    private static int bit(boolean set, int bit) {
        return set ? 1 << bit : 0;
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
        int before = plainClass(s[i - 1]);
        int c = plainClass(s[i]);
        for (int k = i; k < n; k++) {
            int after = k + 1 < n ? plainClass(s[k + 1]) : NOT_ASCII;
            if (mayEndPlainRun(before, c, after) && (((before | c | after) & NOT_ASCII) == 0 || endsPlainRun(s, n, k))) {
                return k;
            }
            before = c;
            c = after;
        }
        return n;
    }

    private static int plainClass(char c) {
        return c < 0x80 ? PLAIN[c] : NOT_ASCII;
    }

    /**
     * Whether the middle of three characters of the given {@link #PLAIN} classes ends a run, computed without
     * branches. Exact for ASCII; when any of the three is not ASCII it answers yes and the caller asks
     * {@link #endsPlainRun(char[], int, int)}.
     */
    private static boolean mayEndPlainRun(int before, int c, int after) {
        int always = c >> ENDS_BIT;
        int blankBeforeWhitespace = (c >> BLANK_BIT) & (after >> WHITESPACE_BIT);
        int singleLetter = (c >> LATIN_BIT) & ~(before >> ALNUM_BIT) & ~(after >> LATIN_BIT);
        int splitsWord = (c >> SEPARATOR_BIT) & (before >> LOWER_BIT) & (after >> LOWER_BIT);
        int notAscii = (before | c | after) >> NOT_ASCII_BIT;
        return ((always | blankBeforeWhitespace | singleLetter | splitsWord | notAscii) & 1) != 0;
    }

    /** Whether the character at {@code k} ends a run of plain characters; exact only for a space. */
    private static boolean endsPlainRun(char[] s, int n, int k) {
        char c = s[k];
        return c == ' ' ? !keepsSpace(s, n, k) : isWhitespace(c) || isSeparator(c) || singleLetter(s, n, k);
    }

    /**
     * Whether the space at {@code k}, inside a run being copied, stays as it is: it does unless more whitespace
     * follows or it stands between two Han characters ({@link Deobfuscation} collapses those).
     */
    private static boolean keepsSpace(char[] s, int n, int k) {
        if (k + 1 == n) {
            return true;
        }
        char next = s[k + 1];
        return !isWhitespace(next) && !(isHan(s[k - 1]) && isHan(next));
    }

    /** A Latin letter standing alone at {@code k > 0}, the only place spaced letters can begin. */
    private static boolean singleLetter(char[] s, int n, int k) {
        return isLatinLetter(s[k]) && !isLetterOrDigit(s[k - 1]) && !(k + 1 < n && isLatinLetter(s[k + 1]));
    }
}
