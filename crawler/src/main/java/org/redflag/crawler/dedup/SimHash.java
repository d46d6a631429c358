package org.redflag.crawler.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redflag.crawler.url.UrlHash;

/**
 * 64-bit SimHash (Charikar) of a text over words (Latin and other spaced scripts) and character bigrams (CJK, where
 * two characters are roughly a word). Near-identical texts differ in few bits; unrelated texts in about 32.
 */
public final class SimHash {
    private SimHash() {
    }

    public static long of(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return 0L;
        }
        int[] votes = new int[64];
        for (int i = 0; i < tokens.size(); i++) {
            long h = UrlHash.of(tokens.get(i));
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
            }
        }
        long hash = 0L;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                hash |= 1L << b;
            }
        }
        return hash;
    }

    /** Bits in which two fingerprints differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isCjk(c)) {
                flush(word, out);
                char next = i + 1 < t.length() && isCjk(t.charAt(i + 1)) ? t.charAt(i + 1) : ' ';
                out.add(next == ' ' ? String.valueOf(c) : new String(new char[] {c, next}));
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isCjk(char c) {
        return c >= 0x3040 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF;
    }
}
