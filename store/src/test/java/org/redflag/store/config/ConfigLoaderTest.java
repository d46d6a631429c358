package org.redflag.store.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final ConfigLoader<RedflagConfig> LOADER = ConfigLoader.of(RedflagConfig.class);

    @Test
    void rejectsUnknownKeyNamingFileLineKeyAndAllowedKeys() {
        String yaml = """
                data_dir: data
                elasticsearch:
                  index_prefix: redflag
                  embeded:
                    port: 9200
                """;

        assertThatThrownBy(() -> LOADER.parse(yaml, "config/redflag.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config/redflag.yml line 4")
                .hasMessageContaining("elasticsearch.embeded")
                .hasMessageContaining("unknown key")
                .hasMessageContaining("embedded")
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .extracting(ConfigProblem::keyPath).containsExactly("elasticsearch.embeded"));
    }

    @Test
    void rejectsValueOfWrongTypeWithTheValue() {
        String yaml = """
                elasticsearch:
                  embedded:
                    port: nine-thousand
                """;

        assertThatThrownBy(() -> LOADER.parse(yaml, "redflag.yml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement()
                        .isEqualTo(new ConfigProblem("redflag.yml line 3", "elasticsearch.embedded.port",
                                "nine-thousand", "expected a whole number")));
    }

    @Test
    void rejectsDurationWithoutUnit() {
        String yaml = """
                elasticsearch:
                  embedded:
                    startup_timeout: 90
                """;

        assertThatThrownBy(() -> LOADER.parse(yaml, "redflag.yml"))
                .hasMessageContaining("elasticsearch.embedded.startup_timeout = \"90\"")
                .hasMessageContaining("90s");
    }

    @Test
    void reportsEveryConstraintViolationWithKeyPathValueAndWhatIsAllowed() {
        String yaml = """
                elasticsearch:
                  url: es.example.org:9200
                  index_prefix: RedFlag
                  embedded:
                    heap: 512x
                    port: 70000
                """;

        assertThatThrownBy(() -> LOADER.parse(yaml, "redflag.yml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .extracting(ConfigProblem::keyPath, ConfigProblem::value, ConfigProblem::origin)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("elasticsearch.url", "es.example.org:9200",
                                        "redflag.yml line 2"),
                                org.assertj.core.groups.Tuple.tuple("elasticsearch.index_prefix", "RedFlag",
                                        "redflag.yml line 3"),
                                org.assertj.core.groups.Tuple.tuple("elasticsearch.embedded.heap", "512x",
                                        "redflag.yml line 5"),
                                org.assertj.core.groups.Tuple.tuple("elasticsearch.embedded.port", "70000",
                                        "redflag.yml line 6")))
                .hasMessageContaining("must be a size such as 512m or 2g");
    }

    @Test
    void environmentOverridesKeysMatchedAgainstKnownNames() {
        Map<String, String> env = Map.of(
                "REDFLAG_ELASTICSEARCH_URL", "https://es.example.org:9200",
                "REDFLAG_ELASTICSEARCH_INDEX_PREFIX", "rf-test",
                "REDFLAG_ELASTICSEARCH_EMBEDDED_HEAP", "1g",
                "REDFLAG_ELASTICSEARCH_API_KEY", "c2VjcmV0LWtleQ==",
                "REDFLAG_DATA_DIR", "/var/lib/redflag",
                "REDFLAG_NOT_A_KEY", "ignored",
                "PATH", "/usr/bin");

        RedflagConfig config = LOADER.withEnvironment("REDFLAG_", env)
                .parse("elasticsearch:\n  index_prefix: fromfile\n", "redflag.yml");

        assertThat(config.elasticsearch().url()).isEqualTo("https://es.example.org:9200");
        assertThat(config.elasticsearch().indexPrefix()).isEqualTo("rf-test");
        assertThat(config.elasticsearch().embedded().heap()).isEqualTo("1g");
        assertThat(config.elasticsearch().apiKey().reveal()).isEqualTo("c2VjcmV0LWtleQ==");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/redflag"));
        assertThat(config.elasticsearch().usesEmbeddedNode()).isFalse();
    }

    @Test
    void invalidEnvironmentOverrideNamesTheVariable() {
        Map<String, String> env = Map.of("REDFLAG_ELASTICSEARCH_EMBEDDED_PORT", "99999");

        assertThatThrownBy(() -> LOADER.withEnvironment("REDFLAG_", env).parse("", "redflag.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment variable REDFLAG_ELASTICSEARCH_EMBEDDED_PORT")
                .hasMessageContaining("elasticsearch.embedded.port = \"99999\"");
    }

    @Test
    void missingSectionsAndKeysGetTheirDefaults() {
        RedflagConfig config = LOADER.parse("data_dir: /srv/redflag\n", "redflag.yml");

        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/redflag"));
        assertThat(config.elasticsearch()).isEqualTo(LOADER.defaults().elasticsearch());
        assertThat(config.elasticsearch().url()).isEmpty();
        assertThat(config.elasticsearch().indexPrefix()).isEqualTo("redflag");
        assertThat(config.elasticsearch().embedded().port()).isZero();
        assertThat(config.elasticsearch().embedded().heap()).isEqualTo("512m");
        assertThat(config.elasticsearch().embedded().startupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.paths().sourcesDir()).isEqualTo(Path.of("config", "sources"));
        assertThat(config.paths().indicatorsDir()).isEqualTo(Path.of("config", "indicators"));
    }

    @Test
    void emptyFileIsAllDefaults() {
        assertThat(LOADER.parse("", "empty.yml")).isEqualTo(RedflagConfig.defaults());
        assertThat(RedflagConfig.defaults().dataDir()).isEqualTo(Path.of("data"));
    }

    @Test
    void shippedConfigFileLoadsAndStatesTheDefaults() {
        Path shipped = Path.of(System.getProperty("redflag.repo.root", ".."), "config", "redflag.yml");

        assertThat(LOADER.load(shipped)).isEqualTo(RedflagConfig.defaults());
    }

    @Test
    void secretsNeverPrint() {
        String yaml = """
                elasticsearch:
                  username: analyst
                  password: hunter2-password
                  api_key: VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==
                """;

        RedflagConfig config = LOADER.parse(yaml, "redflag.yml");

        assertThat(config.toString()).doesNotContain("hunter2-password").doesNotContain("VnVhQ2ZH")
                .contains("****");
        assertThat(config.elasticsearch().password().reveal()).isEqualTo("hunter2-password");
        assertThat(Secret.NONE.isPresent()).isFalse();
    }

    @Test
    void syntaxErrorNamesTheLine() {
        String yaml = "elasticsearch:\n  url: [unclosed\n  index_prefix: x\n";

        assertThatThrownBy(() -> LOADER.parse(yaml, "broken.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("broken.yml line")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void duplicateKeyIsRejected() {
        assertThatThrownBy(() -> LOADER.parse("data_dir: a\ndata_dir: b\n", "dup.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("data_dir");
    }

    @Test
    void missingFileSaysWhereItLooked() {
        assertThatThrownBy(() -> LOADER.load(Path.of("no-such-dir/redflag.yml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no-such-dir/redflag.yml")
                .hasMessageContaining("file not found");
        assertThat(LOADER.loadIfExists(Path.of("no-such-dir/redflag.yml"))).isEqualTo(RedflagConfig.defaults());
    }

    /** Another file shape, as the crawler's source files have: lists of records. */
    record Seed(@NotBlank(message = "must not be blank") String url, Integer depth) {
    }

    record SourceFile(String id, List<Seed> seeds, Map<String, String> selectors) {
    }

    @Test
    void loadsOtherRecordTypesAndPointsIntoLists() {
        ConfigLoader<SourceFile> sources = ConfigLoader.of(SourceFile.class);
        String yaml = """
                id: demo
                seeds:
                  - url: http://a.example/
                  - url: ""
                    depth: 2
                selectors:
                  title: h1
                """;

        assertThatThrownBy(() -> sources.parse(yaml, "config/sources/demo.yml"))
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement()
                        .isEqualTo(new ConfigProblem("config/sources/demo.yml line 4", "seeds[1].url", "",
                                "must not be blank")));
        assertThatThrownBy(() -> sources.parse("id: x\nseeds:\n  - url: http://a/\n    dept: 2\n", "s.yml"))
                .hasMessageContaining("seeds[0].dept")
                .hasMessageContaining("s.yml line 4");
        assertThat(sources.parse(yaml.replace("\"\"", "http://b.example/"), "ok.yml").selectors())
                .containsEntry("title", "h1");
    }
}
