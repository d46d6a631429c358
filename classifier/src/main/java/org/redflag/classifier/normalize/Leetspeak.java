package org.redflag.classifier.normalize;

/**
 * Pass 4: lower-cases, and reads leetspeak inside words: a digit or symbol standing between two letters
 * ("p4ssport", "wh@tsapp", "t3legram") becomes the letter it imitates. Digits next to other digits (prices, phone
 * numbers) are never touched.
 *
 * <p>Every character maps to exactly one character, so the pass rewrites its input's characters in place and keeps
 * its spans as they are.
 */
final class Leetspeak {

    /** Rewrites {@code in}, which must be owned by the caller (the fresh output of the previous pass). */
    OffsetBuffer applyInPlace(OffsetBuffer in) {
        char[] s = in.chars();
        int n = in.length();
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            s[i] = convert(c, before, i + 1 < n ? s[i + 1] : 0);
            before = c;
        }
        return in.withCharsChanged();
    }

    /** {@code c} lower-cased or read as a letter, judged by its neighbours as they were before this pass. */
    private static char convert(char c, char before, char after) {
        char letter = leet(c);
        if (letter != 0 && CharClass.isLatinLetter(before) && CharClass.isLatinLetter(after)) {
            return letter;
        }
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            default -> 0;
        };
    }
}
