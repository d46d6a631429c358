package org.redflag.classifier.contact;

import java.util.List;
import java.util.Locale;

/**
 * Messenger app names written with their letters spaced or dotted apart to get past filters ("W h a t s A p p",
 * "t.e.l.e.g.r.a.m", "V-i-b-e-r"): single letters each followed by one separator (space, {@code . - _ * ·}). The
 * normaliser's contact view keeps such spacing (it must keep e-mail addresses and URLs intact), so this joins the
 * letters of a run again, but only a run whose letters spell an app name: spaced letters elsewhere, inside handles
 * for instance, are left as written. Stateless.
 */
final class SpacedNames {
    /** Fewest letters in a run: the shortest name joined. */
    private static final int MIN_LETTERS = 4;
    /**
     * Offset of a run's last separator from its first letter: a run starting at {@code s} has separators at
     * {@code s + 1}, {@code s + 3}, ... {@code s + LAST_SEPARATOR}. So a run starting anywhere in
     * {@code i .. i + LAST_SEPARATOR} has a separator at {@code i + LAST_SEPARATOR} or the place after it, and when
     * neither holds one, all those starts are passed over at once; in prose that spares most positions.
     */
    private static final int LAST_SEPARATOR = 2 * MIN_LETTERS - 3;
    private static final List<String> NAMES = List.of("whatsapp", "telegram", "wechat", "weixin", "viber", "line");

    private static final boolean[] SEPARATORS = new boolean[256];

    static {
        for (char c : " .-_*·".toCharArray()) {
            SEPARATORS[c] = true;
        }
    }

    private SpacedNames() {
    }

    /** The text with its spaced app names joined, or null when it has none (the usual case). */
    static String join(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i + 2 < n) {
            if (i + LAST_SEPARATOR + 1 < n && !isSeparator(text.charAt(i + LAST_SEPARATOR))
                    && !isSeparator(text.charAt(i + LAST_SEPARATOR + 1))) {
                i += LAST_SEPARATOR + 1;
                continue;
            }
            // a run starts with a single letter followed by a separator and another letter
            if (!isSeparator(text.charAt(i + 1)) || !isLetter(text, i) || !isLetter(text, i + 2)) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String letters = letters(text, i, end);
            if (spellsName(letters)) {
                out = out == null ? new StringBuilder(n) : out;
                out.append(text, copied, i).append(letters);
                copied = end;
            }
            i = end;
        }
        return out == null ? null : out.append(text, copied, n).toString();
    }

    /**
     * The end (after its last letter) of a run of at least {@value #MIN_LETTERS} spaced single letters starting at
     * {@code from}, or -1.
     */
    private static int runEnd(String text, int from) {
        if (!isLetter(text, from) || isLetter(text, from - 1) || Character.isDigit(charAt(text, from - 1))
                || isLetter(text, from + 1)) {
            return -1;
        }
        int letters = 1;
        int at = from;
        while (isSeparator(charAt(text, at + 1)) && isLetter(text, at + 2) && !isLetter(text, at + 3)) {
            at += 2;
            letters++;
        }
        return letters >= MIN_LETTERS ? at + 1 : -1;
    }

    private static String letters(String text, int from, int end) {
        StringBuilder b = new StringBuilder((end - from + 1) / 2);
        for (int k = from; k < end; k += 2) {
            b.append(text.charAt(k));
        }
        return b.toString();
    }

    private static boolean spellsName(String letters) {
        String lower = letters.toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            if (lower.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(String text, int at) {
        char c = charAt(text, at);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSeparator(char c) {
        return c < SEPARATORS.length && SEPARATORS[c];
    }

    private static char charAt(String text, int at) {
        return at >= 0 && at < text.length() ? text.charAt(at) : '\0';
    }
}
