package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.List;
import org.redflag.classifier.normalize.NormalizedText;

/**
 * Detects phone numbers written to evade filters: runs of digits (separators allowed) in which at least
 * {@value #MIN_OBSCURED} digits were not plain ASCII digits in the original (spelled out, emoji keycaps, full-width,
 * circled, Chinese numerals). Works on the contact view of the normaliser, which already turned them into digits.
 */
final class ObscuredDigits {
    static final String NAME = "obscured_digits";
    private static final int MIN_OBSCURED = 3;
    private static final String SEPARATORS = " -.()/";

    private ObscuredDigits() {
    }

    /** Original-text spans {@code [start, end)} of obscured digit runs. */
    static List<int[]> find(NormalizedText contactView) {
        return find(contactView, new char[contactView.text().length()]);
    }

    /**
     * As {@link #find(NormalizedText)}, reading the text through {@code buffer} (a caller's reusable scratch array; a
     * new one is used when it is too small) so that the scan reads an array, not the string.
     */
    static List<int[]> find(NormalizedText contactView, char[] buffer) {
        List<int[]> spans = new ArrayList<>(0);
        String s = contactView.text();
        int n = s.length();
        char[] t = buffer.length >= n ? buffer : new char[n];
        s.getChars(0, n, t, 0);
        int i = 0;
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
        return span[1] < original.length() && (original.charAt(span[1]) == '\uFE0F' || original.charAt(span[1]) == '\u20E3');
    }

    private static boolean isSeparator(char c) {
        return c <= '/' && SEPARATORS.indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
