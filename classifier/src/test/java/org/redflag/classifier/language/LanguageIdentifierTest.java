package org.redflag.classifier.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;

class LanguageIdentifierTest {
    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifier.load();
    }

    @Test
    void detectsEnglish() {
        assertThat(identifier.detect("We are hiring customer service staff for our office. Free housing and flights are"
                + " provided, no experience is needed.").code()).isEqualTo("eng");
    }

    @Test
    void detectsSpanishAndGerman() {
        assertThat(identifier.detect("Buscamos camareros para nuestro restaurante en la playa, con alojamiento incluido.").code())
                .isEqualTo("spa");
        assertThat(identifier.detect("Wir suchen Mitarbeiter für unser Lager in Hamburg, Unterkunft wird gestellt.").code())
                .isEqualTo("deu");
    }

    @Test
    void detectsSimplifiedAndTraditionalChineseAsChinese() {
        assertThat(identifier.detect("高薪招聘客服打字员，包吃包住，报销机票").code()).isEqualTo("zho");
        assertThat(identifier.detect("高薪誠聘客服打字員，包吃包住，報銷機票").code()).isEqualTo("zho");
    }

    @Test
    void decidesShortLatinTextAmongTheShortTextLanguagesWithLowConfidence() {
        LanguageIdentifier lexicons = identifier.withShortTextLanguages(java.util.List.of("eng", "zho", "mul"));
        // 27 letters: the model alone answers some other language for titles like these
        DetectedLanguage title = lexicons.detect("Customer Service Associate");
        assertThat(title.code()).isEqualTo("eng");
        assertThat(title.confidence()).isGreaterThan(0).isLessThan(0.1);
        assertThat(lexicons.detect("高薪招聘").code()).isEqualTo("zho");
    }

    @Test
    void saysUnknownForShortLatinTextWithoutShortTextLanguages() {
        assertThat(identifier.detect("Customer Service Associate")).isEqualTo(DetectedLanguage.UNKNOWN);
    }

    @Test
    void decidesShortTextInAScriptOfOneLanguageByTheScript() {
        assertThat(identifier.detect("รับสมัครพนักงาน").code()).isEqualTo("tha");
        assertThat(identifier.detect("Ζητείται σερβιτόρος").code()).isEqualTo("ell");
        assertThat(identifier.detect("Ищем официантов").code()).isEqualTo("und");
    }

    @Test
    void usesTheModelFromFortyLettersOn() {
        String german = "Wir suchen Mitarbeiter für unser Lager in Hamburg";
        assertThat(LanguageIdentifier.sample(german).replace(" ", "")).hasSizeGreaterThanOrEqualTo(LanguageIdentifier.MIN_LETTERS);
        assertThat(identifier.withShortTextLanguages(java.util.List.of("eng")).detect(german).code()).isEqualTo("deu");
    }

    @Test
    void decidesTextMostlyInHangulAsKorean() {
        DetectedLanguage korean = identifier.detect("해외 취업 고수익 보장 숙식 제공 항공권 지원 경험 무관 지금 바로 연락 주세요 여권만 있으면 됩니다");
        assertThat(korean.code()).isEqualTo("kor");
        assertThat(korean.confidence()).isEqualTo(1.0);
    }

    /** The sample as the class comment specifies it, computed the plain way. */
    private static String referenceSample(String text) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String token = text.substring(start, i);
            if (token.chars().noneMatch(c -> Character.isDigit(c) || "#@/_".indexOf(c) >= 0)) {
                kept.append(token).append(' ');
            }
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (Character.isLetter(c)) {
                words.append(Character.toLowerCase(c));
            } else if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
        }
        return words.substring(0, Math.min(words.length(), LanguageIdentifier.SAMPLE)).strip();
    }

    @Test
    void samplesRealAdsAsSpecified() throws Exception {
        int checked = 0;
        for (AdText ad : NgramTableTest.realAds()) {
            String text = ad.title() + "\n" + ad.text();
            for (int from = 0; from < text.length(); from += 97) {
                String part = text.substring(from);
                assertThat(LanguageIdentifier.sample(part)).as(part).isEqualTo(referenceSample(part));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(LanguageIdentifier.sample("Call 555-0101 now!! Apply@ #URL_x# today:work\u00e9 HOME  ")).isEqualTo("call now today work\u00e9 home");
    }

    @Test
    void saysUnknownForTextWithoutLetters() {
        assertThat(identifier.detect("12345 !!! ---").code()).isEqualTo("und");
    }

    @Test
    void tokenizesEnglishWithOpenNlpAndChineseIntoBigrams() {
        assertThat(LanguageTokenizer.forLanguage("eng").tokenize("Free flights, no experience!"))
                .containsExactly("free", "flights", "no", "experience");
        assertThat(LanguageTokenizer.forLanguage("zho").tokenize("包吃包住 wechat"))
                .containsExactly("包吃", "吃包", "包住", "wechat");
    }
}
