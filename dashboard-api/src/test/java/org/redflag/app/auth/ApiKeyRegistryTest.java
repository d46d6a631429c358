package org.redflag.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyRegistryTest {
    @Test
    void generatedKeysAreLongRandomAndKnownOnlyByHash() {
        ApiKeyRegistry registry = new ApiKeyRegistry();

        String first = registry.generate(Principal.analyst("a"));
        String second = registry.generate(Principal.analyst("b"));

        assertThat(first).startsWith("rf_").hasSize(46).isNotEqualTo(second);
        assertThat(registry.findHolder(first)).contains(Principal.analyst("a"));
        assertThat(registry.findHolder(first + "x")).isEmpty();
        assertThat(registry.holders().toString()).doesNotContain(first);
    }

    @Test
    void hashIsWhatSha256sumPrints() {
        assertThat(ApiKeyHash.of("test")).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }
}
