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
 * the text between them (words and single spaces) is copied in bulk, as far as {@link PlainRuns} allows.
 */
final class Deobfuscation {
    private static final int MIN_SPACED_LETTERS = 4;
    private static final int MAX_SPLIT_PART = 5;

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
                    int end = PlainRuns.end(s, n, i + 1);
                    out.appendRun(s, i, end);
                    i = end;
                }
            }
        }
        return out.build();
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
