package org.redflag.classifier.normalize;

/**
 * Pass 2: digits written as words ("six one two", at least three in a row) or as Chinese numerals (at least seven in
 * a row, as in a phone number) become ASCII digits; separators inside such a run are dropped.
 *
 * <p>Most texts hold no such run, so the pass first looks for one and returns its input untouched when there is
 * none; only from the first run on is a new text built.
 */
final class SpelledDigits {
    private static final int MIN_WORDS = 3;
    private static final int MIN_HAN = 7;
    /** At most this many separators may stand between two tokens of a run. */
    private static final int MAX_SEPARATORS = 3;

    OffsetBuffer apply(OffsetBuffer in) {
        char[] s = in.chars();
        int n = in.length();
        if (!DigitRunFilter.mayHoldRun(s, n)) {
            return in;
        }
        int run = firstRun(s, n);
        if (run == n) {
            return in;
        }
        OffsetBuilder out = new OffsetBuilder(n, in);
        int copied = 0;
        while (run < n) {
            out.appendRun(s, copied, run);
            copied = runEnd(s, n, run);
            emitRun(s, run, copied, out);
            run = nextRun(s, n, copied);
        }
        out.appendRun(s, copied, n);
        return out.build();
    }

    /** The start of the first run in {@code s[0, n)}, or {@code n}: the exact scan, which the filter only spares. */
    static int firstRun(char[] s, int n) {
        return nextRun(s, n, 0);
    }

    /**
     * The start of the first run at or after {@code from}, or {@code n}. Word runs start only at word starts, so the
     * scan steps over ASCII words whole; Chinese numerals are tried one by one.
     */
    private static int nextRun(char[] s, int n, int from) {
        int i = from;
        while (i < n) {
            char c = s[i];
            if (CharClass.isAsciiLetterOrDigit(c)) {
                int end = wordEnd(s, n, i);
                if (startsWordRun(s, i, end) && wordRunEnd(s, n, i) > i) {
                    return i;
                }
                i = end;
            } else if (c >= 0x3000 && hanDigit(c) >= 0 && hanRunEnd(s, n, i) > i) {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Cheap test: the word {@code [i, end)} is a number or a digit word, and nothing alphanumeric precedes it. */
    private static boolean startsWordRun(char[] s, int i, int end) {
        if (i > 0 && CharClass.isAsciiLetterOrDigit(s[i - 1])) {
            return false;
        }
        return CharClass.isDigit(s[i]) || (DigitWords.canStart(s[i]) && DigitWords.digit(s, i, end) != 0);
    }

    /** The end of the run of spelled digits starting at {@code i}, which {@link #nextRun} found. */
    private static int runEnd(char[] s, int n, int i) {
        return s[i] < 0x80 ? wordRunEnd(s, n, i) : hanRunEnd(s, n, i);
    }

    /** A run of at least three digit words or numbers, at least one a word, from a word start; else {@code i}. */
    private static int wordRunEnd(char[] s, int n, int i) {
        int tokens = 0;
        boolean words = false;
        int pos = i;
        int runEnd = i;
        while (pos < n) {
            int end = wordEnd(s, n, pos);
            boolean digits = isDigits(s, pos, end);
            if (end == pos || !(digits || DigitWords.digit(s, pos, end) != 0)) {
                break;
            }
            tokens++;
            words |= !digits;
            runEnd = end;
            pos = skipSeparators(s, n, end);
        }
        return tokens >= MIN_WORDS && words ? runEnd : i;
    }

    /** A run of at least seven Chinese numerals, separators allowed between them. */
    private static int hanRunEnd(char[] s, int n, int i) {
        int count = 0;
        int pos = i;
        int runEnd = i;
        while (pos < n && hanDigit(s[pos]) >= 0) {
            count++;
            runEnd = pos + 1;
            pos = skipSeparators(s, n, pos + 1);
        }
        return count >= MIN_HAN ? runEnd : i;
    }

    /** Writes the run {@code [i, end)} as digits, dropping the separators. */
    private static void emitRun(char[] s, int i, int end, OffsetBuilder out) {
        if (s[i] >= 0x80) {
            for (int k = i; k < end; k++) {
                int d = hanDigit(s[k]);
                if (d >= 0) {
                    out.append((char) ('0' + d), k, k);
                }
            }
            return;
        }
        int pos = i;
        while (pos < end) {
            int wordEnd = wordEnd(s, end, pos);
            if (isDigits(s, pos, wordEnd)) {
                for (int k = pos; k < wordEnd; k++) {
                    out.append(s[k], k, k);
                }
            } else {
                out.append(DigitWords.digit(s, pos, wordEnd), pos, wordEnd - 1);
            }
            pos = skipSeparators(s, end, wordEnd);
        }
    }

    /** The value of a Chinese numeral, plain or formal (as on cheques), or -1. */
    static int hanDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** End of the run of ASCII letters and digits at {@code pos}, at most {@code limit}. */
    private static int wordEnd(char[] s, int limit, int pos) {
        int k = pos;
        while (k < limit && CharClass.isAsciiLetterOrDigit(s[k])) {
            k++;
        }
        return k;
    }

    private static int skipSeparators(char[] s, int limit, int pos) {
        int k = pos;
        while (k < limit && k - pos < MAX_SEPARATORS && CharClass.isDigitSeparator(s[k])) {
            k++;
        }
        return k;
    }

    private static boolean isDigits(char[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CharClass.isDigit(s[k])) {
                return false;
            }
        }
        return to > from;
    }
}
