package org.redflag.classifier.language;

/**
 * Letters of a text counted by script, over its first characters.
 *
 * @param letters all letters
 * @param han     Han ideographs
 * @param kana    Hiragana and Katakana
 * @param hangul  Hangul syllables and jamo
 */
record ScriptCounts(int letters, int han, int kana, int hangul) {

    static ScriptCounts of(String text, int limit) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int n = Math.min(limit, text.length());
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                // branch-free: in ads letters and other ASCII characters alternate too irregularly to predict
                letters += (char) ((c | 0x20) - 'a') < 26 ? 1 : 0;
            } else if (Character.isLetter(c)) {
                letters++;
                if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)) {
                    han++;
                } else if (c >= 0x3040 && c <= 0x30FF) {
                    kana++;
                } else if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) {
                    hangul++;
                }
            }
        }
        return new ScriptCounts(letters, han, kana, hangul);
    }

    int cjk() {
        return han + kana;
    }
}
