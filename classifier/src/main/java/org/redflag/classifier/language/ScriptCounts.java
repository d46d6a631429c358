package org.redflag.classifier.language;

/**
 * Letters of a text counted by script, over its first characters.
 *
 * @param letters all letters
 * @param han     Han ideographs
 * @param kana    Hiragana and Katakana
 */
record ScriptCounts(int letters, int han, int kana) {

    static ScriptCounts of(String text, int limit) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int n = Math.min(limit, text.length());
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++;
                if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)) {
                    han++;
                } else if (c >= 0x3040 && c <= 0x30FF) {
                    kana++;
                }
            }
        }
        return new ScriptCounts(letters, han, kana);
    }

    int cjk() {
        return han + kana;
    }
}
