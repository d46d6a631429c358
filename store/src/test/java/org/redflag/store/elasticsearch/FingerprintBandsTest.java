package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintBandsTest {

    @ParameterizedTest
    @CsvSource({"0, 0:0000 1:0000 2:0000 3:0000",
            "-1, 0:ffff 1:ffff 2:ffff 3:ffff",
            "81985529216486895, 0:cdef 1:89ab 2:4567 3:0123"})
    void splitsTheFingerprintIntoFourLabelledBands(long fingerprint, String bands) {
        assertThat(FingerprintBands.of(fingerprint)).containsExactly(bands.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"0x0000000000000000", "0x0001000100010000", "0x8000000080000001", "0x0000000000000007",
            "0x8000800080000000"})
    void fingerprintsAtMostThreeBitsApartShareABand(String flips) {
        long fingerprint = 0x0123_4567_89ab_cdefL;
        long other = fingerprint ^ Long.parseUnsignedLong(flips.substring(2), 16);

        assertThat(FingerprintBands.distance(fingerprint, other)).isLessThanOrEqualTo(FingerprintBands.EXACT_UP_TO);
        Set<String> shared = new HashSet<>(FingerprintBands.of(fingerprint));
        shared.retainAll(List.copyOf(FingerprintBands.of(other)));
        assertThat(shared).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "0, -1, 64", "5, 6, 2"})
    void distanceIsTheNumberOfDifferingBits(long a, long b, int distance) {
        assertThat(FingerprintBands.distance(a, b)).isEqualTo(distance);
    }
}
