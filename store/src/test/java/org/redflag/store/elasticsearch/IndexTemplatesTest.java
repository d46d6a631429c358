package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexTemplatesTest {

    @Test
    void builtInTemplatesAreTheShippedFilesWithThePrefixFilledIn() throws Exception {
        Path shipped = Path.of(System.getProperty("redflag.repo.root", ".."), "config", "elasticsearch");
        IndexTemplates builtIn = IndexTemplates.fromClasspath();

        for (String name : IndexTemplates.NAMES) {
            assertThat(builtIn.body(name, "rf")).isEqualTo(IndexTemplates.fromDirectory(shipped).body(name, "rf"));
            JsonNode template = StoreJson.MAPPER.readTree(builtIn.body(name, "rf"));
            assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("rf-" + name + "-*");
            assertThat(builtIn.body(name, "rf")).doesNotContain("{{prefix}}");
        }
    }

    @Test
    void onlyTheStandardAnalyzerIsUsed() throws Exception {
        IndexTemplates builtIn = IndexTemplates.fromClasspath();

        for (String name : IndexTemplates.NAMES) {
            JsonNode template = StoreJson.MAPPER.readTree(builtIn.body(name, "rf"));
            assertThat(template.findValues("analyzer")).extracting(JsonNode::asText).containsOnly("standard");
        }
    }

    @Test
    void missingTemplateFileSaysWhatToDo(@TempDir Path dir) {
        assertThatThrownBy(() -> IndexTemplates.fromDirectory(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(dir.resolve("ads.json").toString())
                .hasMessageContaining("remove the directory");
        assertThat(IndexTemplates.fromDirectoryOrClasspath(dir.resolve("absent")).body("ads", "x"))
                .contains("\"x-ads-*\"");
    }

    @Test
    void indexNamesFollowThePrefixAndTheMonth() {
        IndexNames names = new IndexNames("redflag");

        assertThat(names.ads()).isEqualTo("redflag-ads");
        assertThat(names.firstAdsIndex()).isEqualTo("redflag-ads-000001");
        assertThat(names.versionsIndex(TestAds.T0)).isEqualTo("redflag-ad-versions-2026.11");
        assertThat(names.runsIndex(TestAds.T0)).isEqualTo("redflag-crawl-runs-2026.11");
    }
}
