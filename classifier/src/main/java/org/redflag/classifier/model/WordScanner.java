package org.redflag.classifier.model;

/**
 * Finds the words of {@link DeceptionFeatures#words} in cleaned characters in one pass and gives each as its
 * {@link FeatureHash} key and length, without creating spans or substrings. Tokens are those of OpenNLP's
 * {@code SimpleTokenizer}: maximal runs of letters ({@code Character.isAlphabetic}), of digits
 * ({@code Character.isDigit}), or of one and the same other character, between whitespace
 * ({@code StringUtil.isWhitespace}). A token is a word if one of its characters is a letter or digit or one of
 * {@code $ € £ !}. One instance per thread.
 */
final class WordScanner {
    private static final byte WHITESPACE = 0;
    private static final byte ALPHABETIC = 1;
    private static final byte NUMERIC = 2;
    private static final byte OTHER = 3;
    private static final int TYPE = 3;
    private static final byte WORD_CHARACTER = 4;
    private static final int WORD_SHIFT = 2;
    /** Token class of every char, plus {@link #WORD_CHARACTER}, computed once from the JDK's own predicates. */
    private static final byte[] KIND = kinds();

    private final FeatureHash hash;
    private long[] keys = new long[1024];
    private int[] lengths = new int[1024];

    WordScanner(FeatureHash hash) {
        this.hash = hash;
    }

    /**
     * Scans {@code chars[0, length)}; returns the number of words, whose keys and lengths are then available.
     *
     * <p>Branch-free, because token boundaries in prose are too irregular to predict: at each character the token so
     * far is written to the next free place unconditionally, and the count only moves on where a word ends; a
     * boundary clears the running key, start and word flag through masks rather than branches. Whitespace runs are
     * tokens that are never words.
     */
    int scan(char[] chars, int length) {
        ensure(length + 1);
        long[] keys = this.keys;
        int[] lengths = this.lengths;
        int count = 0;
        int previousType = WHITESPACE;
        int previous = 0;
        int start = 0;
        long h = 0;
        int flags = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            int kind = KIND[c];
            int type = kind & TYPE;
            int isOther = (type + 1) >> 2;
            int difference = (type ^ previousType) | (isOther * (c ^ previous));
            int boundary = (difference | -difference) >>> 31;
            keys[count] = h;
            lengths[count] = i - start;
            count += boundary & (flags >>> WORD_SHIFT);
            int keep = boundary - 1;
            h = hash.append(h & keep, c);
            flags = (flags & keep) | (kind & WORD_CHARACTER);
            start = (start & keep) | (i & ~keep);
            previousType = type;
            previous = c;
        }
        keys[count] = h;
        lengths[count] = length - start;
        return count + (flags >>> WORD_SHIFT);
    }

    /** The key of the i-th word of the last scan. */
    long key(int i) {
        return keys[i];
    }

    /** The length of the i-th word of the last scan. */
    int length(int i) {
        return lengths[i];
    }

    private void ensure(int capacity) {
        if (keys.length < capacity) {
            keys = new long[Math.max(capacity, keys.length * 2)];
            lengths = new int[keys.length];
        }
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
