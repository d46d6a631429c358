package org.redflag.classifier.contact;

/**
 * Digit runs that are not phone numbers although libphonenumber would parse them as one: salary and other amount
 * ranges ({@code 23000-28000}, {@code 2500 - 6000}), year ranges and lists ({@code 2019-2023}, {@code 2008/2012})
 * and dates ({@code 2019-01-15}, {@code 15/01/2019}). Job ads are full of them, and without a country code their
 * eight to ten digits are valid numbers in some configured region. A phone number written with dashes stays a
 * candidate: it starts with {@code +}, {@code (} or a trunk {@code 0}, or has three or more groups that are no
 * date, or two groups that are no ascending round range (a range's second bound ends in {@code 00} or repeats the
 * first). Stateless.
 */
final class NumberRanges {
    private static final int MAX_GROUPS = 4;

    private NumberRanges() {
    }

    /** Whether the digit run (as {@link DigitRuns} gives it) is a number range, a year range or list, or a date. */
    static boolean isRangeOrDate(String run) {
        return isRangeOrDate(run, 0, run.length());
    }

    /** {@link #isRangeOrDate(String)} of {@code text.substring(from, to)}, without copying it. */
    static boolean isRangeOrDate(String text, int from, int to) {
        long[] values = new long[MAX_GROUPS];
        int[] lengths = new int[MAX_GROUPS];
        char separator = 0;
        int groups = 0;
        int i = from;
        int n = to;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (groups == MAX_GROUPS) {
                    return false;
                }
                long value = 0;
                int start = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 18) {
                    value = value * 10 + text.charAt(i++) - '0';
                }
                values[groups] = value;
                lengths[groups++] = i - start;
            } else if (c == ' ') {
                i++;
            } else if (groups > 0 && (c == '-' || c == '/' || c == '.') && (separator == 0 || separator == c)
                    && isDigitAfterSpaces(text, i + 1, to)) {
                separator = c;
                i++;
            } else {
                return false;
            }
        }
        if (separator == 0 || text.charAt(from) == '0') {
            return false;
        }
        if (groups == 2) {
            return isYear(values[0], lengths[0]) && isYear(values[1], lengths[1]) && values[0] <= values[1]
                    || separator == '-' && isAmountRange(values[0], lengths[0], values[1], lengths[1]);
        }
        if (groups == 3) {
            return isDate(values, lengths);
        }
        return false;
    }

    private static boolean isDigitAfterSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Ascending bounds of about one magnitude, the second round or equal to the first: {@code 3000-60000}. */
    private static boolean isAmountRange(long from, int fromLength, long to, int toLength) {
        return from <= to && Math.abs(toLength - fromLength) <= 1 && (to % 100 == 0 || from == to);
    }

    private static boolean isYear(long value, int length) {
        return length == 4 && value >= 1900 && value <= 2099;
    }

    /** Year first ({@code 2019-01-15}) or last ({@code 15/01/2019}, {@code 01.15.2019}) with a month and a day. */
    private static boolean isDate(long[] values, int[] lengths) {
        if (isYear(values[0], lengths[0])) {
            return lengths[1] <= 2 && lengths[2] <= 2 && isMonthAndDay(values[1], values[2]);
        }
        if (isYear(values[2], lengths[2])) {
            return lengths[0] <= 2 && lengths[1] <= 2
                    && (isMonthAndDay(values[0], values[1]) || isMonthAndDay(values[1], values[0]));
        }
        return false;
    }

    private static boolean isMonthAndDay(long month, long day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
}
