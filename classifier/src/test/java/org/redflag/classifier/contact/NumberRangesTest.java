package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.classifier.normalize.TextNormalizer;

class NumberRangesTest {
    private static final ContactExtractor EXTRACTOR = new ContactExtractor(List.of("US", "GB", "CN", "HK", "TW", "KH"));

    private static List<String> phones(String text) {
        return EXTRACTOR.extract(List.of(TextNormalizer.standard().normalize(text).forContacts().text())).phones();
    }

    /** Runs met in EMSCAD ads that libphonenumber parsed as numbers of a configured region. */
    @ParameterizedTest
    @ValueSource(strings = {"23000-28000", "2500 - 6000", "3000-60000", "95000-115000", "23040-28800", "1517-1517",
            "2019-2023", "2008/2012", "2019-01-15", "15/01/2019", "12.25.2019"})
    void recognisesRangesYearsAndDates(String run) {
        assertThat(NumberRanges.isRangeOrDate(run)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415-555-0132", "0912-345-678", "020-12345678", "(202) 555-0147", "2345-6789",
            "415-555-0132", "5555-1234", "9001-2008", "2019-13-45", "+855 12 345 678"})
    void leavesPhoneNumbersWithSeparatorsAsCandidates(String run) {
        assertThat(NumberRanges.isRangeOrDate(run)).isFalse();
    }

    @Test
    void findsNoPhoneNumberInSalariesYearsOrDates() {
        assertThat(phones("Salary: $23000-28000 per year, 2500 - 6000 bonus")).isEmpty();
        assertThat(phones("Worked there 2019-2023; SQL Server 2008/2012; start 2019-01-15")).isEmpty();
    }

    @Test
    void stillFindsPhoneNumbersWrittenWithDashes() {
        assertThat(phones("Salary 23000-28000. Call +1 415-555-0132 or 0912-345-678"))
                .containsExactly("+14155550132", "+886912345678");
    }
}
