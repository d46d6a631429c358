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
    /** Token classes of whitespace, letters and digits; any other character is a class of its own (its code). */
    private static final int WHITESPACE = 0x10000;
    private static final int ALPHABETIC = 0x10001;
    private static final int NUMERIC = 0x10002;
    private static final int CLASS_SHIFT = 16;
    private static final int CLASS_MASK = 0x1FFFF;
    private static final int WORD_SHIFT = 33;
    private static final long NEEDS_JDK = 1L << 34;
    /**
     * For every char: its lower case (low 16 bits), the token class of that lower case, whether it makes a token a
     * word, and whether the char needs the JDK to lower-case it ({@link TextCleaner#needsJdkLowerCase}); computed once
     * from the JDK's own predicates. Lower-casing a char twice gives the same char, so lower-cased text scans the same.
     */
    private static final long[] TABLE = table();

    private final FeatureHash hash;
    private long[] keys = new long[1024];
    private int[] lengths = new int[1024];
    private boolean needsJdk;

    WordScanner(FeatureHash hash) {
        this.hash = hash;
    }

    /** Finds the words of a text, cleaned by the given cleaner; returns their number. */
    int words(TextCleaner cleaner, String text) {
        int length = cleaner.prepare(text);
        int count = scan(cleaner.chars(), length);
        if (needsJdk && !cleaner.lowered()) {
            length = cleaner.cleanLoweredByJdk(text);
            count = scan(cleaner.chars(), length);
        }
        return count;
    }

    /**
     * Scans {@code chars[0, length)}, lower-casing each char; returns the number of words, whose keys and lengths are
     * then available.
     *
     * <p>Branch-free, because token boundaries in prose are too irregular to predict: at each character the token so
     * far is written to the next free place unconditionally, and the count only moves on where a word ends; a
     * boundary clears the running key, start and word flag through masks rather than branches. Whitespace runs are
     * tokens that are never words.
     */
    private int scan(char[] chars, int length) {
        ensure(length + 1);
        long[] keys = this.keys;
        int[] lengths = this.lengths;
        int count = 0;
        int previousClass = WHITESPACE;
        int start = 0;
        long h = 0;
        int word = 0;
        long seen = 0;
        for (int i = 0; i < length; i++) {
            long entry = TABLE[chars[i]];
            int tokenClass = (int) (entry >>> CLASS_SHIFT) & CLASS_MASK;
            int difference = tokenClass ^ previousClass;
            int boundary = (difference | -difference) >>> 31;
            keys[count] = h;
            lengths[count] = i - start;
            count += boundary & word;
            int keep = boundary - 1;
            h = hash.append(h & keep, (char) entry);
            word = (word & keep) | (int) (entry >>> WORD_SHIFT) & 1;
            start = (start & keep) | (i & ~keep);
            previousClass = tokenClass;
            seen |= entry;
        }
        keys[count] = h;
        lengths[count] = length - start;
        needsJdk = (seen & NEEDS_JDK) != 0;
        return count + word;
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

    private static long[] table() {
        long[] table = new long[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            int tokenClass = Character.isWhitespace(lower) || Character.getType(lower) == Character.SPACE_SEPARATOR
                    ? WHITESPACE : Character.isAlphabetic(lower) ? ALPHABETIC : Character.isDigit(lower) ? NUMERIC : lower;
            boolean word = Character.isLetterOrDigit(lower) || lower == '$' || lower == '€' || lower == '£' || lower == '!';
            table[c] = lower | (long) tokenClass << CLASS_SHIFT | (word ? 1L << WORD_SHIFT : 0)
                    | (TextCleaner.needsJdkLowerCase((char) c) ? NEEDS_JDK : 0);
        }
        return table;
    }
}
