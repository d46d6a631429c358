package org.redflag.classifier.normalize;

/**
 * Character classes the passes test at every position, answered from one table lookup for ASCII instead of
 * {@code String.indexOf} or {@link Character} calls, because these tests run several times per character.
 */
final class CharClass {
    private static final int LATIN = 1;
    private static final int LOWER = 2;
    private static final int DIGIT = 4;
    private static final int WHITESPACE = 8;
    /** Joins spaced or split words: {@code .-_*'`|~+} (and the non-ASCII {@code ·•}). */
    private static final int SEPARATOR = 16;
    /** May stand between the words or digits of a spelled-out number: {@code space -.,_/}. */
    private static final int DIGIT_SEPARATOR = 32;
    private static final byte[] ASCII = table();

    private CharClass() {
    }

    private static byte[] table() {
        byte[] t = new byte[128];
        for (char c = 0; c < 128; c++) {
            int bits = 0;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                bits |= LATIN;
            }
            if (c >= 'a' && c <= 'z') {
                bits |= LOWER;
            }
            if (c >= '0' && c <= '9') {
                bits |= DIGIT;
            }
            if (Character.isWhitespace(c)) {
                bits |= WHITESPACE;
            }
            if (".-_*'`|~+".indexOf(c) >= 0) {
                bits |= SEPARATOR;
            }
            if (" -.,_/".indexOf(c) >= 0) {
                bits |= DIGIT_SEPARATOR;
            }
            t[c] = (byte) bits;
        }
        return t;
    }

    private static boolean ascii(char c, int bits) {
        return c < 128 && (ASCII[c] & bits) != 0;
    }

    static boolean isLatinLetter(char c) {
        return ascii(c, LATIN);
    }

    static boolean isLowerLatin(char c) {
        return ascii(c, LOWER);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return ascii(c, LATIN | DIGIT);
    }

    /** ASCII letters and digits, or any Unicode letter or digit beyond ASCII. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LATIN | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }

    /** A separator that may split a word or join spaced letters ({@link Deobfuscation}). */
    static boolean isSeparator(char c) {
        return c < 128 ? (ASCII[c] & SEPARATOR) != 0 : c == '·' || c == '•';
    }

    /** A space or a separator between spaced-out letters. */
    static boolean isSpacer(char c) {
        return c == ' ' || isSeparator(c);
    }

    /** A separator allowed inside a spelled-out number ({@link SpelledDigits}). */
    static boolean isDigitSeparator(char c) {
        return ascii(c, DIGIT_SEPARATOR);
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    }
}
