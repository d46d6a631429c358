package org.redflag.classifier.normalize;

import java.util.Map;

/**
 * Pass 2: digits written as words ("six one two", at least three in a row) or as Chinese numerals (at least seven in
 * a row, as in a phone number) become ASCII digits; separators inside such a run are dropped.
 */
final class SpelledDigits {
    private static final Map<String, Character> WORDS = Map.ofEntries(Map.entry("zero", '0'), Map.entry("oh", '0'),
            Map.entry("one", '1'), Map.entry("two", '2'), Map.entry("three", '3'), Map.entry("four", '4'),
            Map.entry("five", '5'), Map.entry("six", '6'), Map.entry("seven", '7'), Map.entry("eight", '8'),
            Map.entry("nine", '9'));
    private static final String HAN_DIGITS = "零〇一二三四五六七八九";
    private static final String HAN_FORMAL = "零壹贰叁肆伍陆柒捌玖";
    private static final int MIN_WORDS = 3;
    private static final int MIN_HAN = 7;

    OffsetBuffer apply(OffsetBuffer in) {
        OffsetBuffer out = new OffsetBuffer(in.length());
        int i = 0;
        while (i < in.length()) {
            int next = tryWordRun(in, i, out);
            if (next == i) {
                next = tryHanRun(in, i, out);
            }
            if (next == i) {
                out.append(in.charAt(i), in.start(i), in.end(i));
                next = i + 1;
            }
            i = next;
        }
        return out;
    }

    /** Emits a run of digit words and digits starting at a word start; returns the index after it, or i. */
    private static int tryWordRun(OffsetBuffer in, int i, OffsetBuffer out) {
        char c = in.charAt(i);
        if (!(isDigit(c) || "zotfsenZOTFSEN".indexOf(c) >= 0) || (i > 0 && isAsciiLetterOrDigit(in.charAt(i - 1)))) {
            return i;
        }
        int firstEnd = wordEnd(in, i);
        if (!isDigit(c) && (firstEnd - i > 5 || !WORDS.containsKey(lower(in, i, firstEnd)))) {
            return i;
        }
        int tokens = 0;
        int words = 0;
        int pos = i;
        int runEnd = i;
        while (pos < in.length()) {
            int end = wordEnd(in, pos);
            if (end == pos || !(isDigits(in, pos, end) || WORDS.containsKey(lower(in, pos, end)))) {
                break;
            }
            tokens++;
            words += isDigits(in, pos, end) ? 0 : 1;
            runEnd = end;
            pos = skipSeparators(in, end);
        }
        if (tokens < MIN_WORDS || words == 0) {
            return i;
        }
        pos = i;
        while (pos < runEnd) {
            int end = wordEnd(in, pos);
            emitToken(in, pos, end, out);
            pos = Math.min(skipSeparators(in, end), runEnd);
        }
        return runEnd;
    }

    private static void emitToken(OffsetBuffer in, int pos, int end, OffsetBuffer out) {
        if (isDigits(in, pos, end)) {
            for (int k = pos; k < end; k++) {
                out.append(in.charAt(k), in.start(k), in.end(k));
            }
        } else {
            out.append(WORDS.get(lower(in, pos, end)), in.start(pos), in.end(end - 1));
        }
    }

    private static int tryHanRun(OffsetBuffer in, int i, OffsetBuffer out) {
        if (in.charAt(i) < 0x3000 || hanDigit(in.charAt(i)) < 0) {
            return i;
        }
        int count = 0;
        int pos = i;
        int runEnd = i;
        while (pos < in.length() && hanDigit(in.charAt(pos)) >= 0) {
            count++;
            runEnd = pos + 1;
            pos = skipSeparators(in, pos + 1);
        }
        if (count < MIN_HAN) {
            return i;
        }
        for (int k = i; k < runEnd; k++) {
            int d = hanDigit(in.charAt(k));
            if (d >= 0) {
                out.append((char) ('0' + d), in.start(k), in.end(k));
            }
        }
        return runEnd;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hanDigit(char c) {
        int d = HAN_DIGITS.indexOf(c);
        if (d >= 0) {
            return d == 0 ? 0 : d - 1;
        }
        return HAN_FORMAL.indexOf(c);
    }

    private static int wordEnd(OffsetBuffer in, int pos) {
        int k = pos;
        while (k < in.length() && isAsciiLetterOrDigit(in.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int skipSeparators(OffsetBuffer in, int pos) {
        int k = pos;
        while (k < in.length() && k - pos < 3 && " -.,_/".indexOf(in.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean isDigits(OffsetBuffer in, int from, int to) {
        for (int k = from; k < to; k++) {
            if (in.charAt(k) < '0' || in.charAt(k) > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static String lower(OffsetBuffer in, int from, int to) {
        if (to - from > 5) {
            return "";
        }
        char[] c = new char[to - from];
        for (int k = from; k < to; k++) {
            c[k - from] = Character.toLowerCase(in.charAt(k));
        }
        return new String(c);
    }
}
