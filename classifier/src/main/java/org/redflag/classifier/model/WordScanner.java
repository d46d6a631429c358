package org.redflag.classifier.model;

/**
 * Finds the words of {@link DeceptionFeatures#words} in cleaned characters in one pass and gives each as its
 * {@link FeatureHash} key and length, without creating spans or substrings. Tokens are split as OpenNLP's
 * {@code SimpleTokenizer} splits them: at changes between whitespace, letters ({@code Character.isAlphabetic}),
 * digits ({@code Character.isDigit}) and other characters, and between two different other characters (a run of one
 * punctuation character stays one token). A token is a word if one of its characters is a letter or digit or one of
 * {@code $ € £ !}. One instance per thread.
 */
final class WordScanner {
    private static final byte WHITESPACE = 0;
    private static final byte ALPHABETIC = 1;
    private static final byte NUMERIC = 2;
    private static final byte OTHER = 3;
    private static final byte WORD_CHARACTER = 4;
    /** Token class of every char, plus {@link #WORD_CHARACTER}, computed once from the JDK's own predicates. */
    private static final byte[] KIND = kinds();

    private final FeatureHash hash;
    private long[] keys = new long[1024];
    private int[] lengths = new int[1024];

    WordScanner(FeatureHash hash) {
        this.hash = hash;
    }

    /** Scans {@code chars[0, length)}; returns the number of words, whose keys and lengths are then available. */
    int scan(char[] chars, int length) {
        int count = 0;
        byte state = WHITESPACE;
        char previous = 0;
        int start = 0;
        long h = 0;
        boolean word = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            int kind = KIND[c];
            byte type = (byte) (kind & 3);
            if (state == WHITESPACE) {
                start = i;
            } else if (type != state || type == OTHER && c != previous) {
                count = word ? add(count, h, i - start) : count;
                start = i;
                h = 0;
                word = false;
            }
            if (type != WHITESPACE) {
                h = hash.append(h, c);
                word |= (kind & WORD_CHARACTER) != 0;
            } else {
                h = 0;
                word = false;
            }
            state = type;
            previous = c;
        }
        return state != WHITESPACE && word ? add(count, h, length - start) : count;
    }

    /** The key of the i-th word of the last scan. */
    long key(int i) {
        return keys[i];
    }

    /** The length of the i-th word of the last scan. */
    int length(int i) {
        return lengths[i];
    }

    private int add(int count, long key, int length) {
        if (count == keys.length) {
            keys = java.util.Arrays.copyOf(keys, count * 2);
            lengths = java.util.Arrays.copyOf(lengths, count * 2);
        }
        keys[count] = key;
        lengths[count] = length;
        return count + 1;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            byte type = Character.isWhitespace(ch) || Character.getType(ch) == Character.SPACE_SEPARATOR ? WHITESPACE
                    : Character.isAlphabetic(ch) ? ALPHABETIC : Character.isDigit(ch) ? NUMERIC : OTHER;
            boolean wordCharacter = Character.isLetterOrDigit(ch) || ch == '$' || ch == '€' || ch == '£' || ch == '!';
            kinds[c] = (byte) (type | (wordCharacter ? WORD_CHARACTER : 0));
        }
        return kinds;
    }
}
