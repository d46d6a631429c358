package org.redflag.classifier.normalize;

/**
 * Pass 3, against spacing and punctuation tricks: single letters spaced or dotted apart ("W h a t s A p p") are
 * joined; a separator between two short lower-case words ("tele.gram") or an apostrophe ("what's") is dropped; spaces and separators
 * between two Han characters ("微 信") are dropped; whitespace runs collapse to one space, or one newline.
 */
final class Deobfuscation {
    private static final String SEPARATORS = ".-_*·•'`|~+";
    private static final int MIN_SPACED_LETTERS = 4;
    private static final int MAX_SPLIT_PART = 5;

    OffsetBuffer apply(OffsetBuffer in) {
        OffsetBuffer out = new OffsetBuffer(in.length());
        int i = 0;
        while (i < in.length()) {
            int spacedEnd = spacedLettersEnd(in, i);
            if (spacedEnd > i) {
                for (int k = i; k < spacedEnd; k++) {
                    if (isLatinLetter(in.charAt(k))) {
                        out.append(in.charAt(k), in.start(k), in.end(k));
                    }
                }
                i = spacedEnd;
            } else {
                i = step(in, i, out);
            }
        }
        return out;
    }

    private static int step(OffsetBuffer in, int i, OffsetBuffer out) {
        char c = in.charAt(i);
        if (Character.isWhitespace(c)) {
            int k = i;
            boolean newline = false;
            while (k < in.length() && Character.isWhitespace(in.charAt(k))) {
                newline |= in.charAt(k) == '\n';
                k++;
            }
            boolean betweenHan = out.length() > 0 && isHan(out.charAt(out.length() - 1)) && k < in.length() && isHan(in.charAt(k));
            if (!betweenHan && out.length() > 0) {
                out.append(newline ? '\n' : ' ', in.start(i), in.end(k - 1));
            }
            return k;
        }
        if (SEPARATORS.indexOf(c) >= 0 && out.length() > 0 && i + 1 < in.length()) {
            char before = out.charAt(out.length() - 1);
            char after = in.charAt(i + 1);
            if (isLowerLatin(before) && isLowerLatin(after) && (c == '\'' || shortWords(out, in, i))) {
                return i + 1;
            }
            if (isHan(before) && isHan(after)) {
                return i + 1;
            }
        }
        out.append(c, in.start(i), in.end(i));
        return i + 1;
    }

    /** True when the letter runs on both sides of the separator at {@code i} are short, as in "tele.gram". */
    private static boolean shortWords(OffsetBuffer out, OffsetBuffer in, int i) {
        int left = 0;
        for (int k = out.length() - 1; k >= 0 && isLatinLetter(out.charAt(k)); k--) {
            left++;
        }
        int right = 0;
        for (int k = i + 1; k < in.length() && isLatinLetter(in.charAt(k)); k++) {
            right++;
        }
        return left <= MAX_SPLIT_PART && right <= MAX_SPLIT_PART;
    }

    /** End of a run of at least four single letters separated by one space or separator, else {@code i}. */
    private static int spacedLettersEnd(OffsetBuffer in, int i) {
        if (!isLatinLetter(in.charAt(i)) || (i > 0 && isLetterOrDigit(in.charAt(i - 1)))) {
            return i;
        }
        if (i + 1 < in.length() && isLatinLetter(in.charAt(i + 1))) {
            return i;
        }
        int letters = 1;
        int k = i + 1;
        int end = i + 1;
        while (k + 1 < in.length() && isSpacer(in.charAt(k)) && isLatinLetter(in.charAt(k + 1))
                && (k + 2 >= in.length() || !isLetterOrDigit(in.charAt(k + 2)))) {
            letters++;
            end = k + 2;
            k += 2;
        }
        return letters >= MIN_SPACED_LETTERS ? end : i;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? isLatinLetter(c) || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    private static boolean isSpacer(char c) {
        return c == ' ' || SEPARATORS.indexOf(c) >= 0;
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLowerLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    }
}
