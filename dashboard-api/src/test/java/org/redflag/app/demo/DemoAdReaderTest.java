package org.redflag.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAdReaderTest {
    private static final String AD = "{\"slug\":\"%s\",\"title\":\"Cook\",\"company\":\"Inn\",\"location\":\"Leeds\","
            + "\"salary\":\"£12/h\",\"posted\":\"2026-11-02\",\"body\":\"Cook wanted.\",\"contact\":\"call\","
            + "\"kind\":\"%s\",\"pattern\":\"kitchen\"}";

    @Test
    void readsOneAdPerLineSkippingBlankLines() throws Exception {
        List<DemoAd> ads = read(AD.formatted("cook-1", "ordinary") + "\n\n" + AD.formatted("cook-2", "redflag"));
        assertThat(ads).extracting(DemoAd::slug).containsExactly("cook-1", "cook-2");
        assertThat(ads).extracting(DemoAd::redflag).containsExactly(false, true);
    }

    @Test
    void anUnknownKindNamesTheLineAndTheValue() {
        assertThatThrownBy(() -> read(AD.formatted("cook-1", "ordinary") + "\n" + AD.formatted("cook-2", "bad")))
                .hasMessageContaining("test.jsonl line 2").hasMessageContaining("kind 'bad'");
    }

    @Test
    void aRepeatedSlugIsRefused() {
        assertThatThrownBy(() -> read(AD.formatted("cook-1", "ordinary") + "\n" + AD.formatted("cook-1", "ordinary")))
                .hasMessageContaining("line 2").hasMessageContaining("slug 'cook-1' is used twice");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> read("{\"slug\": "))
                .hasMessageContaining("test.jsonl line 1");
    }

    @Test
    void theBundledSampleContentIsValid() {
        DemoAdReader reader = new DemoAdReader();
        List<DemoAd> english = reader.read("/demo/harbourjobs.jsonl");
        List<DemoAd> chinese = reader.read("/demo/huarenjie.jsonl");
        assertThat(english.size() + chinese.size()).isGreaterThanOrEqualTo(150);
        assertThat(english).anyMatch(DemoAd::redflag).anyMatch(ad -> !ad.redflag());
        assertThat(chinese).anyMatch(DemoAd::redflag).anyMatch(ad -> !ad.redflag());
    }

    private static List<DemoAd> read(String text) throws Exception {
        return new DemoAdReader().read("test.jsonl", new BufferedReader(new StringReader(text)));
    }
}
