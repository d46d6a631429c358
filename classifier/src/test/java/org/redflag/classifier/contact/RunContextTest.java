package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunContextTest {
    private static final ContactExtractor EXTRACTOR = new ContactExtractor(List.of("US", "GB", "TW", "KH"));

    /** Whether the first digit run of the text is taken for no phone number. */
    private static boolean isNoPhoneNumber(String text) {
        boolean[] first = new boolean[2];
        DigitRuns.forEach(text, (t, from, to) -> {
            if (!first[0]) {
                first[0] = true;
                first[1] = RunContext.isNoPhoneNumber(t, from, to);
            }
        });
        assertThat(first[0]).as("a digit run in '%s'", text).isTrue();
        return first[1];
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "see #URL_0a9b912345678c4e2d1b3a5f6e7d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a6f7#|true",
            "?AppKey=0e11234567d4b79c99574dd8af67 Experience|true",
            "under the ISO 9001-2008 certification|true",
            "iso 9001 2008|true",
            "Call 44 74001 23456St James office|false",
            "Ref 1318232T1|false",
            "Call +855 12 345 678 now|false",
            "Tel:0912-345-678|false",
            "PRISO 9001-2008|false",
    })
    void tellsDigitsInHashesAndStandardsFromPhoneNumbers(String text, boolean noPhoneNumber) {
        assertThat(isNoPhoneNumber(text)).isEqualTo(noPhoneNumber);
    }

    @Test
    void findsNoPhoneNumberInHashesButFindsOneGluedToAWord() {
        assertThat(EXTRACTOR.extract(List.of("#URL_8e9a08c6476d6ea9f4de912345678acd0dca365e4c56d3a200a78a61d15d19e5#"))
                .phones()).isEmpty();
        assertThat(EXTRACTOR.extract(List.of("Tel 0912345678 or #EMAIL_ab0912345678cd3e4f5a6b7c8d9e0f#")).phones())
                .containsExactly("+886912345678");
        assertThat(EXTRACTOR.extract(List.of("Office 44 74001 23456St James")).phones()).containsExactly("+447400123456");
    }
}
