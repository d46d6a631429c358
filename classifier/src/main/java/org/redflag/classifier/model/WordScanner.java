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
    private static final int WHITESPACE = 0;
    private static final int ALPHABETIC = 1;
    private static final int NUMERIC = 2;
    private static final int OTHER = 3;
    private static final int TYPE_SHIFT = 16;
    private static final int WORD_SHIFT = 18;
    private static final int WORD_CHARACTER = 1 << WORD_SHIFT;
    private static final int NEEDS_JDK = 1 << 19;
    /**
     * For every char: its lower case (low 16 bits), the token type of that lower case, whether it makes a token a word,
     * and whether the char needs the JDK to lower-case it ({@link TextCleaner#needsJdkLowerCase}); computed once from the
     * JDK's own predicates. Lower-casing one char twice gives the same char, so cleaned text can be scanned with it too.
     */
    private static final int[] TABLE = table();

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
        int seen = 0;
        for (int i = 0; i < length; i++) {
            int entry = TABLE[chars[i]];
            char c = (char) entry;
            int type = (entry >>> TYPE_SHIFT) & 3;
            int isOther = (type + 1) >> 2;
            int difference = (type ^ previousType) | (isOther * (c ^ previous));
            int boundary = (difference | -difference) >>> 31;
            keys[count] = h;
            lengths[count] = i - start;
            count += boundary & (flags >>> WORD_SHIFT);
            int keep = boundary - 1;
            h = hash.append(h & keep, c);
            flags = (flags & keep) | (entry & WORD_CHARACTER);
            start = (start & keep) | (i & ~keep);
            previousType = type;
            previous = c;
            seen |= entry;
        }
        keys[count] = h;
        lengths[count] = length - start;
        needsJdk = (seen & NEEDS_JDK) != 0;
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

    private static int[] table() {
        int[] table = new int[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            int type = Character.isWhitespace(lower) || Character.getType(lower) == Character.SPACE_SEPARATOR ? WHITESPACE
                    : Character.isAlphabetic(lower) ? ALPHABETIC : Character.isDigit(lower) ? NUMERIC : OTHER;
            boolean word = Character.isLetterOrDigit(lower) || lower == '$' || lower == '€' || lower == '£' || lower == '!';
            table[c] = lower | type << TYPE_SHIFT | (word ? WORD_CHARACTER : 0)
                    | (TextCleaner.needsJdkLowerCase((char) c) ? NEEDS_JDK : 0);
        }
        return table;
    }
}
