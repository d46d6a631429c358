package org.redflag.classifier.normalize;

import static org.redflag.classifier.normalize.CharClass.isHan;
import static org.redflag.classifier.normalize.CharClass.isLatinLetter;
import static org.redflag.classifier.normalize.CharClass.isLetterOrDigit;
import static org.redflag.classifier.normalize.CharClass.isLowerLatin;
import static org.redflag.classifier.normalize.CharClass.isSeparator;
import static org.redflag.classifier.normalize.CharClass.isSpacer;
import static org.redflag.classifier.normalize.CharClass.isWhitespace;

/**
 * Pass 3, against spacing and punctuation tricks: single letters spaced or dotted apart ("W h a t s A p p") are
 * joined; a separator between two short lower-case words ("tele.gram") or an apostrophe ("what's") is dropped; spaces and separators
 * between two Han characters ("微 信") are dropped; whitespace runs collapse to one space, or one newline.
 *
 * <p>Only single letters can begin spaced letters, and only whitespace and separators can be dropped or joined, so
 * the text between them (words and single spaces) is copied in bulk.
 */
final class Deobfuscation {
    private static final int MIN_SPACED_LETTERS = 4;
    private static final int MAX_SPLIT_PART = 5;
    /*
     * Classes of ASCII characters for plainEnd, one bit each, so that whether a character ends a run of plain text
     * can be computed from its class and its neighbours' with shifts and masks.
     */
    /** Whitespace other than one space or newline: always handled by {@link #whitespace}. */
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

    private static int bit(boolean set, int bit) {
        return set ? 1 << bit : 0;
    }

    OffsetBuffer apply(OffsetBuffer in) {
        char[] s = in.chars();
        int n = in.length();
        OffsetBuilder out = new OffsetBuilder(n, in);
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (isWhitespace(c)) {
                i = whitespace(s, n, i, out);
            } else if (isSeparator(c)) {
                i = separator(s, n, i, out);
            } else {
                int spacedEnd = spacedLettersEnd(s, n, i);
                if (spacedEnd > i) {
                    joinLetters(s, i, spacedEnd, out);
                    i = spacedEnd;
                } else {
                    int end = plainEnd(s, n, i + 1);
                    out.appendRun(s, i, end);
                    i = end;
                }
            }
        }
        return out.build();
    }

    /**
     * The end of the run of characters from {@code i} that this pass copies as they are, so that they can be copied
     * in bulk: everything up to the next separator that may split a word, whitespace other than one space or
     * newline, or single Latin letter (which may begin spaced letters). Stopping early is always safe: the caller
     * then decides about the character exactly. Called with {@code i > 0}, after the run's first character.
     *
     * <p>Words and spaces alternate every few characters, too irregularly for a CPU to predict a branch on them, so
     * for ASCII the test is computed with bit operations on {@link #PLAIN} and the loop branches only where the run
     * ends.
     */
    private static int plainEnd(char[] s, int n, int i) {
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
     * follows or it stands between two Han characters ({@link #whitespace} handles those).
     */
    private static boolean keepsSpace(char[] s, int n, int k) {
        if (k + 1 == n) {
            return true;
        }
        char next = s[k + 1];
        return !isWhitespace(next) && !(isHan(s[k - 1]) && isHan(next));
    }

    /** A Latin letter standing alone at {@code k > 0}, the only place {@link #spacedLettersEnd} can begin. */
    private static boolean singleLetter(char[] s, int n, int k) {
        return isLatinLetter(s[k]) && !isLetterOrDigit(s[k - 1]) && !(k + 1 < n && isLatinLetter(s[k + 1]));
    }

    private static void joinLetters(char[] s, int from, int to, OffsetBuilder out) {
        for (int k = from; k < to; k++) {
            if (isLatinLetter(s[k])) {
                out.append(s[k], k, k);
            }
        }
    }

    /** Drops the separator at {@code i} if it splits a word or stands between Han characters, else copies it. */
    private static int separator(char[] s, int n, int i, OffsetBuilder out) {
        if (!(out.length() > 0 && i + 1 < n && dropsSeparator(s, n, i, out))) {
            out.append(s[i], i, i);
        }
        return i + 1;
    }

    /** Collapses the whitespace run at {@code i}: one newline if it holds one, else one space; none between Han. */
    private static int whitespace(char[] s, int n, int i, OffsetBuilder out) {
        int k = i;
        boolean newline = false;
        while (k < n && isWhitespace(s[k])) {
            newline |= s[k] == '\n';
            k++;
        }
        int last = out.length() - 1;
        boolean betweenHan = last >= 0 && isHan(out.charAt(last)) && k < n && isHan(s[k]);
        if (!betweenHan && last >= 0) {
            out.append(newline ? '\n' : ' ', i, k - 1);
        }
        return k;
    }

    /** Whether the separator at {@code i} splits a word ("tele.gram", "what's") or stands between Han characters. */
    private static boolean dropsSeparator(char[] s, int n, int i, OffsetBuilder out) {
        char before = out.charAt(out.length() - 1);
        char after = s[i + 1];
        if (isLowerLatin(before) && isLowerLatin(after) && (s[i] == '\'' || shortWords(s, n, i, out))) {
            return true;
        }
        return isHan(before) && isHan(after);
    }

    /** True when the letter runs on both sides of the separator at {@code i} are short, as in "tele.gram". */
    private static boolean shortWords(char[] s, int n, int i, OffsetBuilder out) {
        int left = 0;
        for (int k = out.length() - 1; k >= 0 && left <= MAX_SPLIT_PART && isLatinLetter(out.charAt(k)); k--) {
            left++;
        }
        int right = 0;
        for (int k = i + 1; k < n && right <= MAX_SPLIT_PART && isLatinLetter(s[k]); k++) {
            right++;
        }
        return left <= MAX_SPLIT_PART && right <= MAX_SPLIT_PART;
    }

    /** End of a run of at least four single letters separated by one space or separator, else {@code i}. */
    private static int spacedLettersEnd(char[] s, int n, int i) {
        if (!isLatinLetter(s[i]) || (i > 0 && isLetterOrDigit(s[i - 1])) || (i + 1 < n && isLatinLetter(s[i + 1]))) {
            return i;
        }
        int letters = 1;
        int k = i + 1;
        int end = i + 1;
        while (k + 1 < n && isSpacer(s[k]) && isLatinLetter(s[k + 1]) && (k + 2 >= n || !isLetterOrDigit(s[k + 2]))) {
            letters++;
            end = k + 2;
            k += 2;
        }
        return letters >= MIN_SPACED_LETTERS ? end : i;
    }
}
