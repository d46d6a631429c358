package org.redflag.classifier.contact;

import java.util.List;

/**
 * Which of a fixed list of lower-case literals occur in a text, ignoring the case of ASCII letters, in one pass over
 * the text (no lower-cased copy of it). Most characters of a text start no literal: a table of the literals' first
 * characters (both ASCII cases) turns those away with one array read; a literal is then looked for only where the
 * text holds its first two characters, so the pass costs little more than reading the text. Immutable and
 * thread-safe.
 */
final class CueScan {
    private static final int ASCII = 128;
    private final String[] cues;
    /** Whether an ASCII character, in either case, is the first character of a cue. */
    private final boolean[] startsCue = new boolean[ASCII];
    /** Per cue: whether it must start, or end, a word (written {@code \\b} before or after it in the list). */
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    /** For two ASCII first characters (lower case, first * 128 + second), the indices of the cues starting so. */
    private final int[][] byAsciiStart = new int[ASCII * ASCII][];
    /** For an ASCII first character followed by a non-ASCII one ({@code v信}), the indices of the cues starting so. */
    private final int[][] byAsciiThenOther = new int[ASCII][];
    /** Cues starting with a non-ASCII character, as indices; few, so searched in a list. */
    private final int[] nonAscii;
    /** The smallest first character of those cues. */
    private final char nonAsciiFrom;

    /**
     * @param cues lower-case literals of two characters or more, at most 64; {@code \\b} before or after a literal
     *             means it must start or end a word there (no ASCII letter, digit or underscore next to it)
     */
    CueScan(List<String> cues) {
        if (cues.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most 64 cues, got " + cues.size());
        }
        this.cues = new String[cues.size()];
        this.wordStart = new boolean[cues.size()];
        this.wordEnd = new boolean[cues.size()];
        for (int i = 0; i < this.cues.length; i++) {
            String cue = cues.get(i);
            wordStart[i] = cue.startsWith("\\b");
            wordEnd[i] = cue.endsWith("\\b") && cue.length() > 2;
            this.cues[i] = cue.substring(wordStart[i] ? 2 : 0, cue.length() - (wordEnd[i] ? 2 : 0));
        }
        int other = 0;
        for (String cue : this.cues) {
            if (cue.length() < 2 || cue.contains("\\")) {
                throw new IllegalArgumentException("Cue '" + cue + "' must have two characters or more"
                        + " besides \\b marks, and no other backslash");
            }
            other += cue.charAt(0) < ASCII ? 0 : 1;
        }
        nonAscii = new int[other];
        other = 0;
        char from = Character.MAX_VALUE;
        for (int i = 0; i < this.cues.length; i++) {
            char first = this.cues[i].charAt(0);
            if (first < ASCII) {
                startsCue[first] = true;
                startsCue[Character.toUpperCase(first)] = true;
                char second = this.cues[i].charAt(1);
                int[][] table = second < ASCII ? byAsciiStart : byAsciiThenOther;
                int slot = second < ASCII ? first * ASCII + second : first;
                table[slot] = append(table[slot], i);
            } else {
                nonAscii[other++] = i;
                from = (char) Math.min(from, first);
            }
        }
        nonAsciiFrom = from;
    }

    /** A bit per cue, in list order, set when the cue occurs in the text. */
    long scan(String text) {
        long found = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int[] candidates;
            int matched = 0;
            if (c < ASCII) {
                if (!startsCue[c]) {
                    continue;
                }
                char next = i + 1 < n ? text.charAt(i + 1) : 0;
                candidates = next < ASCII ? byAsciiStart[lower(c) * ASCII + lower(next)] : byAsciiThenOther[lower(c)];
                matched = next < ASCII ? 2 : 1;
                if (candidates == null) {
                    continue;
                }
            } else if (c < nonAsciiFrom) {
                continue;
            } else {
                candidates = nonAscii;
            }
            for (int k : candidates) {
                if ((found & (1L << k)) == 0 && occursAt(text, i, cues[k], matched)
                        && (!wordStart[k] || !isAsciiWordChar(text, i - 1))
                        && (!wordEnd[k] || !isAsciiWordChar(text, i + cues[k].length()))) {
                    found |= 1L << k;
                }
            }
        }
        return found;
    }

    private static int[] append(int[] list, int index) {
        int[] out = list == null ? new int[1] : java.util.Arrays.copyOf(list, list.length + 1);
        out[out.length - 1] = index;
        return out;
    }

    /**
     * Whether the character is an ASCII letter, digit or underscore. A regular expression's {@code \\b} never sees a
     * boundary next to one of these where this sees none, so a cue checked with it is never stricter than the
     * expression.
     */
    private static boolean isAsciiWordChar(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** Whether the cue occurs at {@code at}, its first {@code matched} characters being known to. */
    private static boolean occursAt(String text, int at, String cue, int matched) {
        if (at + cue.length() > text.length()) {
            return false;
        }
        for (int j = matched; j < cue.length(); j++) {
            char c = text.charAt(at + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != cue.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
