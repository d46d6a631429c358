package org.redflag.classifier.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens for Chinese (and Japanese) text without a segmenter: every pair of adjacent Han or kana characters, a lone
 * character when it stands alone between other text, and Latin or digit runs as words. Character bigrams are the
 * usual segmenter-free representation for Chinese retrieval and classification.
 */
public final class HanBigramTokenizer implements LanguageTokenizer {

    @Override
    public List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i;
            if (isCjk(c)) {
                while (end < text.length() && isCjk(text.charAt(end))) {
                    end++;
                }
                addBigrams(text, i, end, out);
            } else if (Character.isLetterOrDigit(c)) {
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && !isCjk(text.charAt(end))) {
                    end++;
                }
                out.add(text.substring(i, end).toLowerCase(java.util.Locale.ROOT));
            } else {
                end++;
            }
            i = end;
        }
        return out;
    }

    private static void addBigrams(String text, int from, int to, List<String> out) {
        if (to - from == 1) {
            out.add(text.substring(from, to));
        }
        for (int k = from; k + 2 <= to; k++) {
            out.add(text.substring(k, k + 2));
        }
    }

    static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF);
    }
}
