package org.redflag.classifier.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
