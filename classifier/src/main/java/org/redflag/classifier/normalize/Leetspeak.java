package org.redflag.classifier.normalize;

/**
 * Pass 4: lower-cases, and reads leetspeak inside words: a digit or symbol standing between two letters
 * ("p4ssport", "wh@tsapp", "t3legram") becomes the letter it imitates. Digits next to other digits (prices, phone
 * numbers) are never touched.
 *
 * <p>Every character maps to exactly one character, so the pass rewrites its input's characters in place and keeps
 * its spans as they are. ASCII is answered from two tables.
 */
final class Leetspeak {
    private static final char[] LOWER = new char[128];
    /** The letter a digit or symbol imitates, or 0. */
    private static final char[] LEET = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        String from = "0134@5$78";
        String to = "oieaasstb";
        for (int k = 0; k < from.length(); k++) {
            LEET[from.charAt(k)] = to.charAt(k);
        }
    }

    /** Rewrites {@code in}, which must be owned by the caller (the fresh output of the previous pass). */
    OffsetBuffer applyInPlace(OffsetBuffer in) {
        char[] s = in.chars();
        int n = in.length();
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c >= 128) {
                s[i] = Character.toLowerCase(c);
            } else if (LEET[c] != 0 && CharClass.isLatinLetter(before) && i + 1 < n && CharClass.isLatinLetter(s[i + 1])) {
                s[i] = LEET[c];
            } else {
                s[i] = LOWER[c];
            }
            before = c;
        }
        return in.withCharsChanged();
    }
}
