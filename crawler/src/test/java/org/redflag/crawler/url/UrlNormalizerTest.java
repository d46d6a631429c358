package org.redflag.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP://Jobs.Example.ORG:80/a/./b/../c?b=2&a=1#top | http://jobs.example.org/a/c?a=1&b=2",
        "https://example.org:443 | https://example.org/",
        "https://example.org/job/1?utm_source=x&utm_medium=y&id=7&gclid=abc&fbclid=z | https://example.org/job/1?id=7",
        "https://example.org/job;jsessionid=ABC123?x=1 | https://example.org/job?x=1",
        "https://example.org/%7euser/%2fpath | https://example.org/~user/%2Fpath",
        "https://example.org/职位/1 | https://example.org/%E8%81%8C%E4%BD%8D/1",
        "https://例子.中国/jobs | https://xn--fsqu00a.xn--fiqs8s/jobs",
        "https://example.org:8080/x?SID=1&page=2 | https://example.org:8080/x?page=2",
        "https://example.org/a b | https://example.org/a%20b",
    })
    void normalizesToOneSpelling(String input, String expected) {
        assertThat(UrlNormalizer.normalize(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:jobs@example.org", "ftp://example.org/x", "not a url", "/relative/path",
        "javascript:void(0)"})
    void rejectsWhatIsNotAnAbsoluteHttpUrl(String input) {
        assertThat(UrlNormalizer.normalize(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.org/jobs/list?page=2 | ../job/5 | https://example.org/job/5",
        "https://example.org/jobs/ | ?page=3 | https://example.org/jobs/?page=3",
        "https://example.org/jobs | //cdn.example.org/x.html | https://cdn.example.org/x.html",
        "https://example.org/jobs | #apply | https://example.org/jobs",
    })
    void resolvesRelativeLinks(String base, String link, String expected) {
        assertThat(UrlNormalizer.resolve(base, link)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:x@example.org", "tel:+441234", "javascript:alert(1)", ""})
    void ignoresLinksThatAreNotPages(String link) {
        assertThat(UrlNormalizer.resolve("https://example.org/", link)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givesHostAndOrigin() {
        assertThat(UrlNormalizer.hostOf("http://127.0.0.1:8080/x")).isEqualTo("127.0.0.1");
        assertThat(UrlNormalizer.originOf("http://127.0.0.1:8080/x/y")).isEqualTo("http://127.0.0.1:8080");
    }
}
