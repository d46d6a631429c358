package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueScanTest {
    private final CueScan scan = new CueScan(List.of("telegram", "wa ", "v信", "微信", ".me/"));

    @Test
    void setsTheBitOfEachCueFoundIgnoringAsciiCase() {
        assertThat(scan.scan("Join us on TeleGram or WA now")).isEqualTo(0b00011);
        assertThat(scan.scan("加V信 或 微信, t.me/jobs")).isEqualTo(0b11100);
    }

    @Test
    void findsAWordCueOnlyAsAWord() {
        CueScan words = new CueScan(List.of("\\btg\\b", "\\bqq"));
        assertThat(words.scan("mortgage and outgoing mail, qqq")).isEqualTo(0b10);
        assertThat(words.scan("TG: @kh_jobs88")).isEqualTo(0b01);
        assertThat(words.scan("xqq 12345")).isZero();
    }

    @Test
    void findsNothingInTextWithoutCues() {
        assertThat(scan.scan("Warehouse staff wanted, telegraph office")).isZero();
        assertThat(scan.scan("")).isZero();
    }

    @Test
    void refusesMoreCuesThanBitsInALong() {
        List<String> many = java.util.stream.IntStream.range(0, 65).mapToObj(i -> "cue" + i).toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CueScan(many)).hasMessageContaining("64");
    }
}
