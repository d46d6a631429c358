package org.redflag.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleLoadsWithItsStatedDefaults() {
        Path example = Path.of(System.getProperty("redflag.repo.root", ".."), "config/sources/_example.yml");
        SourceConfig s = SourceLoader.loadFile(example);
        assertThat(s.id()).isEqualTo("example-jobs");
        assertThat(s.seeds()).hasSize(2);
        assertThat(s.allowedHosts()).containsExactly("jobs.example.org");
        assertThat(s.politeness()).isEqualTo(Politeness.DEFAULT);
        assertThat(s.limits()).isEqualTo(Limits.DEFAULT);
        assertThat(s.schedule()).isEqualTo(Schedule.DEFAULT);
        assertThat(s.selectors()).isEqualTo(Selectors.NONE);
        assertThat(s.pagination()).isEqualTo(Pagination.DEFAULT);
        assertThat(s.userAgent()).isEqualTo(SourceConfig.DEFAULT_USER_AGENT);
        assertThat(s.allowPrivateAddresses()).isFalse();
        assertThat(s.followSitemaps()).isTrue();
    }

    @Test
    void adHocCrawlsGetAnIdPerSite() {
        assertThat(SourceConfig.forSeeds(List.of("https://Jobs.Example.org/list")).id())
                .isEqualTo("cli-jobs-example-org");
        assertThat(SourceConfig.forSeeds(List.of("http://127.0.0.1:8080/jobs?page=1")).id())
                .isEqualTo("cli-127-0-0-1-8080");
        assertThat(SourceConfig.forSeeds(List.of("http://127.0.0.1:8080/")).allowedHosts())
                .containsExactly("127.0.0.1");
    }

    @Test
    void aMinimalSourceGetsEveryDefault() throws IOException {
        SourceConfig s = SourceLoader.loadFile(write("min.yml", "id: min\nseeds: [https://jobs.example.org/]\n"));
        assertThat(s.name()).isEqualTo("min");
        assertThat(s.platform()).isEqualTo("min");
        assertThat(s.limits()).isEqualTo(Limits.DEFAULT);
        assertThat(s.urls().follows("https://jobs.example.org/anything")).isTrue();
    }

    @Test
    void readsEverySection() throws IOException {
        SourceConfig s = SourceLoader.loadFile(write("full.yml", """
                id: board-1
                name: Board
                platform: board-inc
                seeds: [https://a.example/jobs, https://b.example/sitemap.xml]
                allowed_hosts: [A.example, b.example, c.example]
                urls:
                  ad_patterns: ['/job/\\d+$']
                  listing_patterns: ['/jobs(\\?page=\\d+)?$']
                  exclude_patterns: ['/login']
                pagination: {next_selector: 'a.next', max_pages: 50}
                selectors: {title: 'h1.t', text: 'div.body', posted_date: 'time'}
                schedule: {cron: '0 15 * * * ?', enabled: false}
                politeness: {delay: 250ms, concurrency: 3}
                limits: {max_pages: 7, max_depth: 2, max_bytes: 512KB, max_duration: 5m, fetch_timeout: 3s}
                user_agent: TestBot/1.0
                follow_sitemaps: false
                allow_private_addresses: true
                """));
        assertThat(s.allowedHosts()).isEqualTo(Set.of("a.example", "b.example", "c.example"));
        assertThat(s.urls().isAd("https://a.example/job/12")).isTrue();
        assertThat(s.urls().isListing("https://a.example/jobs?page=3")).isTrue();
        assertThat(s.urls().follows("https://a.example/about")).isFalse();
        assertThat(s.urls().follows("https://a.example/login")).isFalse();
        assertThat(s.pagination()).isEqualTo(new Pagination("a.next", 50));
        assertThat(s.selectors().title()).isEqualTo("h1.t");
        assertThat(s.selectors().postedDate()).isEqualTo("time");
        assertThat(s.schedule()).isEqualTo(new Schedule("0 15 * * * ?", false));
        assertThat(s.politeness()).isEqualTo(new Politeness(Duration.ofMillis(250), 3));
        assertThat(s.limits().maxPages()).isEqualTo(7);
        assertThat(s.limits().maxBytes()).isEqualTo(512 * 1024);
        assertThat(s.limits().maxDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.userAgent()).isEqualTo("TestBot/1.0");
        assertThat(s.followSitemaps()).isFalse();
        assertThat(s.allowPrivateAddresses()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "seeds: [https://x.example/] | id | is required",
        "id: Bad Id\\nseeds: [https://x.example/] | id | lower case",
        "id: a | seeds | is required",
        "id: a\\nseeds: [ftp://x.example/] | seeds[0] | not an absolute http(s) URL",
        "id: a\\nseeds: [https://x.example/]\\npoliteness: {delay: fast} | politeness.delay | 500ms",
        "id: a\\nseeds: [https://x.example/]\\npoliteness: {concurrency: 0} | politeness.concurrency | at least 1",
        "id: a\\nseeds: [https://x.example/]\\nschedule: {cron: 'every hour'} | schedule.cron | Quartz cron",
        "id: a\\nseeds: [https://x.example/]\\nurls: {ad_patterns: ['(']} | urls.ad_patterns[0] | regular expression",
        "id: a\\nseeds: [https://x.example/]\\nselectors: {title: 'h1[['} | selectors.title | CSS selector",
        "id: a\\nseeds: [https://x.example/]\\nlimits: {max_bytes: lots} | limits.max_bytes | not a size",
        "id: a\\nseeds: [https://x.example/]\\nlimits: {max_pagez: 3} | limits.max_pagez | unknown key",
        "id: a\\nseeds: [https://x.example/]\\ncrawl_delay: 3 | crawl_delay | unknown key",
        "id: a\\nseeds: [https://x.example/]\\nallow_private_addresses: maybe | allow_private_addresses | true or false",
    })
    void errorsNameTheFileAndTheKey(String yaml, String key, String hint) throws IOException {
        Path file = write("bad.yml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> SourceLoader.loadFile(file))
                .isInstanceOf(SourceConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'" + key + "'")
                .hasMessageContaining(hint)
                .satisfies(e -> assertThat(((SourceConfigException) e).key()).isEqualTo(key));
    }

    @Test
    void errorsNameTheLineOfTheKey() throws IOException {
        Path file = write("lined.yml", "id: a\nseeds:\n  - https://x.example/\n  - nope\npoliteness:\n  delay: 1s\n"
                + "  concurrency: -2\n");
        assertThatThrownBy(() -> SourceLoader.loadFile(file)).hasMessageContaining("line 4: key 'seeds[1]'");
        Files.writeString(file, "id: a\nseeds: [https://x.example/]\npoliteness:\n  delay: 1s\n  concurrency: -2\n");
        assertThatThrownBy(() -> SourceLoader.loadFile(file))
                .hasMessageContaining("line 5: key 'politeness.concurrency': value '-2'");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Path file = write("broken.yml", "id: a\nseeds: [https://x.example/\nname: x\n");
        assertThatThrownBy(() -> SourceLoader.loadFile(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML at line");
    }

    @Test
    void aDirectoryLoadsEverySourceButTemplatesAndRejectsDuplicateIds() throws IOException {
        write("b.yml", "id: b\nseeds: [https://b.example/]\n");
        write("a.yaml", "id: a\nseeds: [https://a.example/]\n");
        write("_template.yml", "id: template\n");
        write("notes.txt", "not a source");
        assertThat(SourceLoader.loadDirectory(dir)).extracting(SourceConfig::id).isEqualTo(List.of("a", "b"));
        write("c.yml", "id: a\nseeds: [https://c.example/]\n");
        assertThatThrownBy(() -> SourceLoader.loadDirectory(dir)).hasMessageContaining("c.yml")
                .hasMessageContaining("already used by").hasMessageContaining("a.yaml");
    }

    @Test
    void theDemoSourcesLoadOnceThePortIsFilledIn() throws IOException {
        Path demo = Path.of(System.getProperty("redflag.repo.root", ".."), "config/demo/sources");
        assertThat(demo).isDirectory();
        try (var files = Files.list(demo)) {
            for (Path f : files.toList()) {
                Path filled = write(f.getFileName().toString(), Files.readString(f).replace("${port}", "8080"));
                assertThat(SourceLoader.loadFile(filled).allowPrivateAddresses()).isTrue();
            }
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
