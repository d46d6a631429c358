package org.redflag.classifier.normalize;

/**
 * The English digit words ("zero" or "oh" to "nine"), recognised in place in a character array, ignoring ASCII
 * case, by a switch on length and first letter: this runs at many word starts, so it allocates nothing.
 */
final class DigitWords {
    /** The words, for building look-up structures; {@link #digit} is the reference. */
    static final java.util.List<String> WORDS = java.util.List.of("zero", "oh", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine");

    private DigitWords() {
    }

    /** True when {@code c} can begin a digit word, a cheap test before {@link #digit}. */
    static boolean canStart(char c) {
        return switch (c | 0x20) {
            case 'z', 'o', 't', 'f', 's', 'e', 'n' -> true;
            default -> false;
        };
    }

    /**
     * The digit ({@code '0'} to {@code '9'}) spelled by the ASCII letters and digits {@code s[from, to)}, or
     * {@code 0} when they spell none.
     */
    static char digit(char[] s, int from, int to) {
        char first = (char) (s[from] | 0x20);
        return switch (to - from) {
            case 2 -> is(s, from, "oh") ? '0' : 0;
            case 3 -> first == 'o' ? word(s, from, "one", '1') : first == 't' ? word(s, from, "two", '2') : word(s, from, "six", '6');
            case 4 -> switch (first) {
                case 'z' -> word(s, from, "zero", '0');
                case 'f' -> s[from + 1] == 'o' || s[from + 1] == 'O' ? word(s, from, "four", '4') : word(s, from, "five", '5');
                default -> word(s, from, "nine", '9');
            };
            case 5 -> first == 't' ? word(s, from, "three", '3') : first == 's' ? word(s, from, "seven", '7') : word(s, from, "eight", '8');
            default -> 0;
        };
    }

    private static char word(char[] s, int from, String word, char digit) {
        return is(s, from, word) ? digit : 0;
    }

    /**
     * Whether {@code s} spells the lower-case {@code word} at {@code from}. The caller guarantees ASCII letters and
     * digits, for which setting bit 0x20 lower-cases a letter and leaves a digit unchanged.
     */
    private static boolean is(char[] s, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((s[from + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
