package org.redflag.classifier.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * Pass 1, one code point at a time: drops invisible characters (zero-width, variation selectors, the emoji keycap
 * mark, skin tones), turns other emoji into spaces, applies NFKC (full-width forms, circled and mathematical
 * letters and digits), straightens quotes and maps traditional Chinese to simplified. Case is kept.
 */
final class CharFolding {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private final ChineseScriptMap script;

    CharFolding(ChineseScriptMap script) {
        this.script = script;
    }

    OffsetBuffer apply(String in) {
        OffsetBuffer out = new OffsetBuffer(in.length());
        int i = 0;
        while (i < in.length()) {
            int cp = in.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp, i, i + n);
            } else if (!isInvisible(cp)) {
                fold(cp, i, i + n, out);
            }
            i += n;
        }
        return out;
    }

    private void fold(int cp, int start, int end, OffsetBuffer out) {
        if (isEmoji(cp)) {
            out.append(' ', start, end);
            return;
        }
        String s = NFKC.isInert(cp) ? null : NFKC.normalize(new String(Character.toChars(cp)));
        if (s == null) {
            appendChars(Character.toChars(cp), start, end, out);
        } else {
            appendChars(s.toCharArray(), start, end, out);
        }
    }

    private void appendChars(char[] chars, int start, int end, OffsetBuffer out) {
        for (char c : chars) {
            out.append(straighten(script.simplify(c)), start, end);
        }
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
