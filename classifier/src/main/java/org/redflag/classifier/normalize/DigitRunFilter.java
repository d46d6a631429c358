package org.redflag.classifier.normalize;

/**
 * A quick test that lets {@link SpelledDigits} skip almost every text: a run of spelled digits needs a digit word
 * ("one") right next to a number or another digit word, or a Chinese numeral. The scan keeps a signature of the
 * current ASCII word without branching on word boundaries (which a text has every few characters, and which a CPU
 * cannot predict) and looks each finished word up in a small hashed filter; only a word that passes the filter is
 * examined. It may answer yes wrongly (then the exact scan runs), never no wrongly.
 */
final class DigitRunFilter {
    /** Five bits per character: letters 1-26 regardless of case, digits 27, anything else 0 (ends a word). */
    private static final byte[] CODE = new byte[128];
    private static final int FILTER_BITS = 12;
    private static final boolean[] FILTER = new boolean[1 << FILTER_BITS];
    /** Outcomes of {@link #scan}. */
    private static final int NO_RUN = 0;
    private static final int MAY_RUN = 1;
    private static final int NOT_ASCII = 2;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            CODE[c] = (byte) (c - 'a' + 1);
            CODE[c - 32] = (byte) (c - 'a' + 1);
        }
        for (char c = '0'; c <= '9'; c++) {
            CODE[c] = 27;
        }
        for (String word : DigitWords.WORDS) {
            FILTER[slot(signature(word))] = true;
        }
        if (FILTER[slot(0)]) {
            throw new IllegalStateException("The digit-word filter must not accept the empty word: change its hash");
        }
    }

    private DigitRunFilter() {
    }

    /**
     * The signature of a word: its codes, five bits each. Words of up to five characters get distinct signatures
     * below 2^25; longer words keep a non-zero code in bits 25-29 and so never equal a digit word's.
     */
    private static int signature(String word) {
        int sig = 0;
        for (int k = 0; k < word.length(); k++) {
            sig = (sig << 5) | CODE[word.charAt(k)];
        }
        return sig;
    }

    private static int slot(int signature) {
        return (signature * 0x9E3779B1) >>> (32 - FILTER_BITS);
    }

    /** False only when {@code s[0, n)} surely holds no run of spelled digits. */
    static boolean mayHoldRun(char[] s, int n) {
        return scan(s, n, false) != NO_RUN;
    }

    /**
     * True when {@code s[0, n)} is all ASCII and surely holds no run of spelled digits: then neither
     * {@link CharFolding} nor {@link SpelledDigits} would change it, and one scan has shown both.
     */
    static boolean isAsciiWithoutRun(char[] s, int n) {
        return scan(s, n, true) == NO_RUN;
    }

    private static int scan(char[] s, int n, boolean asciiOnly) {
        int sig = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            int code;
            if (c < 128) {
                code = CODE[c];
            } else if (asciiOnly) {
                return NOT_ASCII;
            } else if (c >= 0x3000 && SpelledDigits.hanDigit(c) >= 0) {
                return MAY_RUN;
            } else {
                code = 0;
            }
            // Non-short-circuit '&': one rarely taken branch instead of one per word boundary.
            if ((code == 0) & FILTER[slot(sig)] && nextToDigits(s, n, i)) {
                return MAY_RUN;
            }
            sig = code == 0 ? 0 : (sig << 5) | code;
        }
        return FILTER[slot(sig)] && nextToDigits(s, n, n) ? MAY_RUN : NO_RUN;
    }

    /**
     * Whether the ASCII word ending at {@code end} is a digit word with a number or digit word right before or after
     * it, at most three separators away: in a run of three tokens every word has such a neighbour.
     */
    private static boolean nextToDigits(char[] s, int n, int end) {
        int start = end;
        while (start > 0 && CharClass.isAsciiLetterOrDigit(s[start - 1])) {
            start--;
        }
        if (start == end || DigitWords.digit(s, start, end) == 0) {
            return false;
        }
        return isDigitToken(s, n, tokenAfter(s, n, end)) || isDigitToken(s, n, tokenBefore(s, start));
    }

    /** Start of the token after up to three separators from {@code end}, or -1. */
    private static int tokenAfter(char[] s, int n, int end) {
        for (int k = end; k < n && k - end <= 3; k++) {
            if (!CharClass.isDigitSeparator(s[k])) {
                return k > end && CharClass.isAsciiLetterOrDigit(s[k]) ? k : -1;
            }
        }
        return -1;
    }

    /** Start of the token that ends up to three separators before {@code start}, or -1. */
    private static int tokenBefore(char[] s, int start) {
        for (int k = start - 1; k >= 0 && start - 1 - k <= 3; k--) {
            if (!CharClass.isDigitSeparator(s[k])) {
                if (k == start - 1 || !CharClass.isAsciiLetterOrDigit(s[k])) {
                    return -1;
                }
                int from = k;
                while (from > 0 && CharClass.isAsciiLetterOrDigit(s[from - 1])) {
                    from--;
                }
                return from;
            }
        }
        return -1;
    }

    /** Whether the ASCII word at {@code from} is a number or a digit word. */
    private static boolean isDigitToken(char[] s, int n, int from) {
        if (from < 0) {
            return false;
        }
        int end = from;
        boolean digits = true;
        while (end < n && CharClass.isAsciiLetterOrDigit(s[end])) {
            digits &= CharClass.isDigit(s[end]);
            end++;
        }
        return digits || DigitWords.digit(s, from, end) != 0;
    }
}
