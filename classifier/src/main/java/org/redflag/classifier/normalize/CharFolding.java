package org.redflag.classifier.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * Pass 1, one code point at a time: drops invisible characters (zero-width, variation selectors, the emoji keycap
 * mark, skin tones), turns other emoji into spaces, applies NFKC (full-width forms, circled and mathematical
 * letters and digits), straightens quotes and maps traditional Chinese to simplified. Case is kept.
 *
 * <p>NFKC is applied to each code point alone, not to the whole text, so a character never merges with its
 * neighbours and its span in the original stays exact. Every BMP character that folds to exactly one character or
 * to nothing is answered from a {@link FoldingTable}; ASCII and characters that fold to themselves are copied, and a
 * text made only of those is returned as it came, without copying.
 */
final class CharFolding {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private final ChineseScriptMap script;
    private final FoldingTable table;

    CharFolding(ChineseScriptMap script) {
        this.script = script;
        this.table = new FoldingTable(this);
    }

    /** Folds {@code in}, whose characters {@code chars} the caller has copied out and hands over. */
    OffsetBuffer apply(String in, char[] chars) {
        int n = chars.length;
        int i = unchangedEnd(chars, 0);
        if (i == n) {
            return OffsetBuffer.of(in, chars);
        }
        OffsetBuilder out = new OffsetBuilder(n + 16);
        out.appendRun(chars, 0, i);
        while (i < n) {
            char c = chars[i];
            char folded = table.fold(c);
            if (folded == FoldingTable.DROP) {
                i++;
            } else if (folded != FoldingTable.SLOW) {
                out.append(folded, i, i);
                i++;
            } else {
                i = foldCodePoint(in, i, out);
            }
            int end = unchangedEnd(chars, i);
            out.appendRun(chars, i, end);
            i = end;
        }
        return out.build();
    }

    /**
     * The end of the run from {@code from} of characters that folding leaves as they are, which are copied in bulk:
     * between two changed characters (a curly quote, a bullet's neighbours) there is usually a long run of them.
     */
    private int unchangedEnd(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x80 && table.fold(c) != c) {
                return i;
            }
        }
        return chars.length;
    }

    /** Folds the code point at {@code i} the long way (supplementary characters, expansions); returns the next index. */
    private int foldCodePoint(String in, int i, OffsetBuilder out) {
        int cp = in.codePointAt(i);
        int n = Character.charCount(cp);
        char[] folded = fold(cp);
        for (char c : folded) {
            out.append(c, i, i + n - 1);
        }
        return i + n;
    }

    /** What one code point folds to: nothing, one character or several. The reference every fast path must match. */
    char[] fold(int cp) {
        if (cp < 0x80) {
            return new char[] {(char) cp};
        }
        if (isInvisible(cp)) {
            return new char[0];
        }
        if (isEmoji(cp)) {
            return new char[] {' '};
        }
        char[] chars = NFKC.isInert(cp) ? Character.toChars(cp) : NFKC.normalize(new String(Character.toChars(cp))).toCharArray();
        for (int k = 0; k < chars.length; k++) {
            chars[k] = straighten(script.simplify(chars[k]));
        }
        return chars;
    }

    private static char straighten(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            case '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u3000' -> ' ';
            default -> c;
        };
    }

    static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || cp == 0x00AD
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    private static boolean isEmoji(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL && cp >= 0x2190 && !(cp >= 0x3000 && cp <= 0x9FFF);
    }
}
