package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionFilterTest {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** The regions of the shipped configuration. */
    private static final List<String> REGIONS =
            List.of("US", "GB", "CN", "HK", "TW", "KH", "MM", "TH", "PH", "MY", "VN", "ID", "SG", "IN", "AU", "CA");
    private static final List<String> STARTS = List.of("", "0", "00", "011", "1", "01", "02", "44", "86", "852", "886",
            "855", "95", "66", "63", "60", "84", "62", "65", "91", "61", "9", "8", "7", "13", "09", "0011", "001");

    /** Parsing in every region in turn, without the filter. */
    private static Optional<String> everyRegion(String candidate) {
        for (String region : REGIONS) {
            try {
                PhoneNumber n = PHONES.parse(candidate, region);
                if (PHONES.isValidNumber(n)) {
                    return Optional.of(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
                }
            } catch (NumberParseException e) {
                // next region
            }
        }
        return Optional.empty();
    }

    @Test
    void filteredParsingFindsTheSameNumbersAsParsingInEveryRegion() {
        ContactExtractor extractor = new ContactExtractor(REGIONS);
        Random random = new Random(7);
        int valid = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(STARTS.get(random.nextInt(STARTS.size())));
            int length = 7 + random.nextInt(8) - b.length();
            for (int k = 0; k < length; k++) {
                b.append((char) ('0' + random.nextInt(10)));
                if (random.nextInt(5) == 0) {
                    b.append(" -.".charAt(random.nextInt(3)));
                }
            }
            String candidate = b.toString().strip();
            if (candidate.startsWith("00") || candidate.isEmpty() || !Character.isDigit(candidate.charAt(candidate.length() - 1))) {
                continue;
            }
            Optional<String> expected = everyRegion(candidate);
            valid += expected.isPresent() ? 1 : 0;
            assertThat(extractor.toE164(candidate)).as("number for '%s'", candidate).isEqualTo(expected);
        }
        assertThat(valid).as("valid numbers among the random candidates").isGreaterThan(100);
    }

    @Test
    void rejectsARegionWhoseNumbersCannotStartSo() {
        RegionFilter us = new RegionFilter(PHONES, "US");
        assertThat(us.mayBeValid("2300028000")).isFalse();
        assertThat(us.mayBeValid("2025550147")).isTrue();
        assertThat(new RegionFilter(PHONES, "KH").mayBeValid("012345678")).isTrue();
    }
}
