package org.redflag.classifier.contact;

/**
 * Digit runs that the text around them shows to be no phone number: a run glued to a long token in which letters and
 * digits alternate (a hash, such as the anonymised {@code #URL_0a9b916884407c...#} of EMSCAD, or an identifier),
 * and the number of a standard ({@code ISO 9001-2008}). A number merely glued to a word ({@code 25547St}, text
 * joined when markup was stripped) stays a candidate: its token is short or has few alternations. Stateless.
 */
final class RunContext {
    /** Fewest letters and digits in a token taken for a hash or identifier. */
    private static final int LONG_TOKEN = 16;
    /** Fewest changes between letter and digit in such a token. */
    private static final int ALTERNATIONS = 4;
    private static final String STANDARD = "iso ";

    private RunContext() {
    }

    /** Whether the run {@code text.substring(from, to)} (as {@link DigitRuns} gives it) is no phone number. */
    static boolean isNoPhoneNumber(String text, int from, int to) {
        return isInLongMixedToken(text, from) || isInLongMixedToken(text, to - 1) || followsStandard(text, from);
    }

    /** Whether the character at {@code at} belongs to a long token of alternating letters and digits. */
    private static boolean isInLongMixedToken(String text, int at) {
        if (!isLetter(charAt(text, at - 1)) && !isLetter(charAt(text, at + 1))) {
            return false;
        }
        int start = at;
        while (isLetterOrDigit(charAt(text, start - 1))) {
            start--;
        }
        int end = at + 1;
        while (isLetterOrDigit(charAt(text, end))) {
            end++;
        }
        if (end - start < LONG_TOKEN) {
            return false;
        }
        int alternations = 0;
        for (int i = start + 1; i < end; i++) {
            alternations += isLetter(text.charAt(i)) != isLetter(text.charAt(i - 1)) ? 1 : 0;
        }
        return alternations >= ALTERNATIONS;
    }

    private static boolean followsStandard(String text, int from) {
        int start = from - STANDARD.length();
        return start >= 0 && text.regionMatches(true, start, STANDARD, 0, STANDARD.length())
                && !isLetterOrDigit(charAt(text, start - 1));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static char charAt(String text, int at) {
        return at >= 0 && at < text.length() ? text.charAt(at) : '\0';
    }
}
