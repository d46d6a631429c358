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
        int first = 0;
        while (first < n && runEnd(s, n, first) == first) {
            first++;
        }
        if (first == n) {
            return in;
        }
        OffsetBuilder out = new OffsetBuilder(n, in);
        out.appendUnchanged(s, first);
        int i = first;
        while (i < n) {
            int end = runEnd(s, n, i);
            if (end == i) {
                out.append(s[i], i, i);
                i++;
            } else {
                emitRun(s, i, end, out);
                i = end;
            }
        }
        return out.build();
    }

    /** The end of the run of spelled digits starting at {@code i}, or {@code i} when none starts there. */
    private static int runEnd(char[] s, int n, int i) {
        char c = s[i];
        if (c < 0x80) {
            return (CharClass.isDigit(c) || DigitWords.canStart(c)) ? wordRunEnd(s, n, i) : i;
        }
        return c >= 0x3000 && hanDigit(c) >= 0 ? hanRunEnd(s, n, i) : i;
    }

    /** A run of at least three digit words or numbers, at least one a word, from a word start. */
    private static int wordRunEnd(char[] s, int n, int i) {
        if (i > 0 && CharClass.isAsciiLetterOrDigit(s[i - 1])) {
            return i;
        }
        int firstEnd = wordEnd(s, n, i);
        if (!CharClass.isDigit(s[i]) && DigitWords.digit(s, i, firstEnd) == 0) {
            return i;
        }
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
