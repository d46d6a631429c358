package org.redflag.classifier.indicator;

/**
 * Detects phone numbers written one digit at a time ("5 5 5 - 0 1 4 2", "1-5-5-5-0-1-4-2", "5.5.5.0.1.4.2") to slip
 * past filters: at least {@value #MIN_DIGITS} single digits, each pair separated by a space, a hyphen (spaces allowed
 * around it) or a dot. A run starts at a digit that does not follow a digit and must not end right before one ("12 3"
 * or "3 45" are groups, not single digits; the run then ends one digit earlier), exactly as the regular expression
 * {@code (?<![0-9])[0-9](( | ?- ?|\.)[0-9]){6,}(?![0-9])} would find them over the whole text.
 *
 * <p>Why a detector rather than that pattern: the pattern needs a trigger for every pair of digits and separator to
 * run only near candidates, and those triggers fired at almost every number in an ad; one linear scan over the
 * normalised text costs less than reporting them, and sees every run, not only those near a trigger.
 */
final class SpacedDigits {
    static final String NAME = "spaced_digits";
    static final int MIN_DIGITS = 7;

    private SpacedDigits() {
    }

    /** Adds the spans {@code [start, end)} of the runs in {@code text[0, length)} to {@code out}, in text order. */
    static void find(char[] text, int length, SpanBuffer out) {
        int i = 0;
        while (i < length) {
            if (!isDigit(text[i]) || (i > 0 && isDigit(text[i - 1]))) {
                i++;
                continue;
            }
            int start = i;
            int previous = -1;
            int last = i;
            int digits = 1;
            for (int d = nextDigit(text, length, last); d >= 0; d = nextDigit(text, length, last)) {
                previous = last;
                last = d;
                digits++;
            }
            int resume = last + 1;
            if (resume < length && isDigit(text[resume])) {
                last = previous;
                digits--;
            }
            if (digits >= MIN_DIGITS) {
                out.add(0, start, last + 1);
            }
            i = resume;
        }
    }

    /**
     * The position of the digit that continues a run after the digit at {@code at}: the one after a separator
     * ({@code " "}, {@code "-"}, {@code " -"}, {@code "- "}, {@code " - "} or {@code "."}), or -1 if none follows.
     */
    private static int nextDigit(char[] text, int length, int at) {
        int j = at + 1;
        if (j < length && text[j] == '.') {
            return digitAt(text, length, j + 1);
        }
        if (j < length && text[j] == ' ') {
            j++;
        }
        if (j < length && text[j] == '-') {
            j++;
            if (j < length && text[j] == ' ') {
                j++;
            }
        } else if (j == at + 1) {
            return -1;
        }
        return digitAt(text, length, j);
    }

    private static int digitAt(char[] text, int length, int j) {
        return j < length && isDigit(text[j]) ? j : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
