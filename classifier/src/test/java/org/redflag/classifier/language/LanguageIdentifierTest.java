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
