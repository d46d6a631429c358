package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.redflag.classifier.normalize.NormalizedText;

/**
 * Detects phone numbers written to evade filters: runs of digits (separators allowed) in which at least
 * {@value #MIN_OBSCURED} digits were not plain ASCII digits in the original (spelled out, emoji keycaps, full-width,
 * circled, Chinese numerals). Works on the contact view of the normaliser, which already turned them into digits.
 *
 * <p>Most fields have no such digits, and a digit can only be obscured where normalisation changed it, moved the
 * text, or a keycap mark follows it. So the scan starts at the run holding the first such place: before it, every
 * digit is the original one at its own position. Keeps its scratch buffers between fields: one instance per thread.
 */
final class ObscuredDigits {
    static final String NAME = "obscured_digits";
    private static final int MIN_OBSCURED = 3;
    private static final String SEPARATORS = " -.()/";
    private static final char VARIATION_SELECTOR = '\uFE0F';
    private static final char KEYCAP = '\u20E3';
    /** Differing characters that are not digits stepped over before scanning from there on. */
    private static final int SKIPPED_CHANGES = 16;

    private char[] text = new char[0];
    private char[] original = new char[0];

    /** Original-text spans {@code [start, end)} of obscured digit runs. */
    List<int[]> find(NormalizedText contactView) {
        String s = contactView.text();
        int n = s.length();
        if (text.length < n) {
            text = new char[n + n / 2];
        }
        s.getChars(0, n, text, 0);
        int from = firstChange(contactView);
        while (from > 0 && (isDigit(text[from - 1]) || isSeparator(text[from - 1]))) {
            from--;
        }
        return scan(contactView, text, n, from);
    }

    /**
     * The first position where a digit could be obscured: a digit where the text differs from the original, the end
     * of the part that maps to the original position by position, or a keycap mark, whichever comes first. Differing
     * characters that are not digits (typographic quotes, no-break spaces) are stepped over, up to
     * {@value #SKIPPED_CHANGES} of them, so that text rewritten throughout is not compared piece by piece.
     */
    private int firstChange(NormalizedText view) {
        String o = view.original();
        int same = Math.min(view.identityPrefix(), o.length());
        if (original.length < same) {
            original = new char[same + same / 2];
        }
        o.getChars(0, same, original, 0);
        int change = 0;
        for (int skipped = 0; skipped <= SKIPPED_CHANGES; skipped++) {
            int m = Arrays.mismatch(text, change, same, original, change, same);
            if (m < 0) {
                change = same;
                break;
            }
            change += m;
            if (isDigit(text[change])) {
                break;
            }
            change++;
        }
        int selector = view.text().indexOf(VARIATION_SELECTOR);
        int keycap = view.text().indexOf(KEYCAP);
        if (selector >= 0) {
            change = Math.min(change, selector);
        }
        if (keycap >= 0) {
            change = Math.min(change, keycap);
        }
        return change;
    }

    /** The runs of {@code t[from, n)}, the view's text; {@code from} must not be inside a run. */
    static List<int[]> scan(NormalizedText contactView, char[] t, int n, int from) {
        List<int[]> spans = new ArrayList<>(0);
        int i = from;
        while (i < n) {
            if (!isDigit(t[i])) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int digits = 0;
            int k = i;
            while (k < n && (isDigit(t[k]) || isSeparator(t[k]))) {
                if (isDigit(t[k])) {
                    last = k;
                    digits++;
                }
                k++;
            }
            if (digits >= MIN_OBSCURED && obscuredDigits(contactView, first, last) >= MIN_OBSCURED) {
                spans.add(contactView.originalSpan(first, last + 1));
            }
            i = k;
        }
        return spans;
    }

    /** How many digits of the run {@code [first, last]} were not plain digits; only runs long enough are checked. */
    private static int obscuredDigits(NormalizedText view, int first, int last) {
        String t = view.text();
        int obscured = 0;
        for (int k = first; k <= last; k++) {
            if (isDigit(t.charAt(k)) && isObscured(view, k)) {
                obscured++;
            }
        }
        return obscured;
    }

    private static boolean isObscured(NormalizedText view, int i) {
        int[] span = view.originalSpan(i, i + 1);
        String original = view.original();
        if (span[1] - span[0] != 1 || original.charAt(span[0]) != view.text().charAt(i)) {
            return true;
        }
        if (span[1] >= original.length()) {
            return false;
        }
        char next = original.charAt(span[1]);
        return next == VARIATION_SELECTOR || next == KEYCAP;
    }

    private static boolean isSeparator(char c) {
        return c <= '/' && SEPARATORS.indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
