package org.redflag.classifier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Texts that exercise every branch of the deception model's cleaning and tokenisation. */
final class TrickyTexts {
    private static final String[] PIECES = {
        "Earn $5,000/week!!! ", "NO EXPERIENCE needed... ", "&amp;", "&AMP;", "&nbsp;", "&lt;b&gt;", "&quot;",
        "&#39;", "&amp;amp;", "&&amp;", "&#39", "#URL_0f3a9c#", "#url_#", "#URL_G1#", "#EMAIL_ab12#", "#PHONE_9f#",
        "#email_ab#url_1#", "##url_1##", "#phone_1#email_2#", "24/7", "1st", "50,000", "$$$", "€500", "£20", "!!",
        "--!!", "...", "a_b", "___", "Café naïve", "İSTANBUL", "ΣΟΦΙΑ ΟΔΟΣ", "ǅungla", "Ⅻ", "ﬁne", "\u212Aelvin",
        "高薪招聘打字员，包吃包住。", "高薪招聘 打字員 包機票", "😀😀 call 📞 now", "\uD801\uDC00\uD801\uDC00", "\uD800",
        "\u00A0", "\u3000", "\t", "\n", "\r\n", " ", "  ", "e\u0301", "\u0345", "١٢٣", "ＷｈａｔｓＡｐｐ", "x", "\u0000",
        "ß", "ſ", "Ω", "K", "\u2028",
    };

    private TrickyTexts() {
    }

    /** The pieces alone, a few hand-made ads, then seeded random concatenations of pieces and single characters. */
    static List<String> all() {
        List<String> texts = new ArrayList<>(List.of(PIECES));
        texts.add("");
        texts.add("Dear applicant,\nWe are hiring DATA ENTRY clerks &amp; typists. Pay: $900/day!! Apply at #URL_9e8d7c#"
                + " or mail #EMAIL_0a1b2c# or call #PHONE_123abc#. 工资高, 包吃住 😀");
        Random random = new Random(17);
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(4) == 0) {
                    b.append((char) random.nextInt(0x3100));
                } else {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }
}
