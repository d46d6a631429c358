package org.redflag.classifier.normalize;

/**
 * {@link CharFolding#fold(int)} precomputed for every BMP character, so that folding a character costs one array
 * read instead of an NFKC look-up, a script look-up and several range tests. Characters that fold to several
 * characters, and surrogates (which need their pair), are marked {@link #SLOW} and folded the long way. The two
 * markers are surrogate code units, which can never be the result of folding one BMP character. Immutable.
 */
final class FoldingTable {
    /** The character folds to nothing. */
    static final char DROP = '\uDFFF';
    /** The character must be folded by {@link CharFolding#fold(int)}. */
    static final char SLOW = '\uDFFE';
    private final char[] table = new char[0x10000];

    FoldingTable(CharFolding folding) {
        for (int c = 0; c < table.length; c++) {
            table[c] = entry(folding, c);
        }
    }

    private static char entry(CharFolding folding, int c) {
        if (Character.isSurrogate((char) c)) {
            return SLOW;
        }
        char[] folded = folding.fold(c);
        if (folded.length == 0) {
            return DROP;
        }
        return folded.length == 1 ? folded[0] : SLOW;
    }

    /** What {@code c} folds to, or {@link #DROP} or {@link #SLOW}. */
    char fold(char c) {
        return table[c];
    }
}
