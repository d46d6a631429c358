package org.redflag.classifier.contact;

import java.util.List;

/**
 * Which of a fixed list of lower-case literals occur in a text, ignoring the case of ASCII letters, in one pass over
 * the text (no lower-cased copy of it). A literal is looked for only where the text holds its first character, so
 * the pass costs little more than reading the text. Immutable and thread-safe.
 */
final class CueScan {
    private static final int ASCII = 128;
    private final String[] cues;
    /** For an ASCII first character (lower case), the indices of the cues starting with it. */
    private final int[][] byAsciiStart = new int[ASCII][];
    /** Cues starting with a non-ASCII character, as indices; few, so searched in a list. */
    private final int[] nonAscii;
    /** The smallest first character of those cues. */
    private final char nonAsciiFrom;

    /** @param cues lower-case literals, at most 64 */
    CueScan(List<String> cues) {
        if (cues.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most 64 cues, got " + cues.size());
        }
        this.cues = cues.toArray(String[]::new);
        int[] counts = new int[ASCII];
        int other = 0;
        for (String cue : this.cues) {
            if (cue.charAt(0) < ASCII) {
                counts[cue.charAt(0)]++;
            } else {
                other++;
            }
        }
        nonAscii = new int[other];
        other = 0;
        char from = Character.MAX_VALUE;
        for (int i = 0; i < this.cues.length; i++) {
            char first = this.cues[i].charAt(0);
            if (first < ASCII) {
                if (byAsciiStart[first] == null) {
                    byAsciiStart[first] = new int[0];
                }
                int[] list = java.util.Arrays.copyOf(byAsciiStart[first], byAsciiStart[first].length + 1);
                list[list.length - 1] = i;
                byAsciiStart[first] = list;
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
            if (c < ASCII) {
                candidates = byAsciiStart[c >= 'A' && c <= 'Z' ? c + 32 : c];
                if (candidates == null) {
                    continue;
                }
            } else if (c < nonAsciiFrom) {
                continue;
            } else {
                candidates = nonAscii;
            }
            for (int k : candidates) {
                if ((found & (1L << k)) == 0 && occursAt(text, i, cues[k])) {
                    found |= 1L << k;
                }
            }
        }
        return found;
    }

    private static boolean occursAt(String text, int at, String cue) {
        if (at + cue.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < cue.length(); j++) {
            char c = text.charAt(at + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != cue.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
