package org.redflag.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleSitesIT {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static SampleSites sites;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        sites = SampleSites.start();
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    @Test
    void robotsTxtDisallowsTheAdminPathAndNamesTheSitemap() throws Exception {
        SampleSite site = sites.expectSite("harbourjobs");
        String robots = get(site.baseUrl() + "/robots.txt").body();
        assertThat(robots).contains("Disallow: /admin/").contains("Sitemap: " + site.baseUrl() + "/sitemap.xml");
    }

    @Test
    void followingNextLinksReachesEveryAdOfEachSite() throws Exception {
        for (SampleSite site : sites.sites()) {
            Set<String> adUrls = new HashSet<>();
            String page = site.seedUrl();
            int pages = 0;
            while (page != null && pages++ < 100) {
                String html = get(page).body();
                adUrls.addAll(links(site, html).stream().filter(url -> site.findAd(url).isPresent()).toList());
                page = nextLink(site, html);
            }
            assertThat(adUrls).as(site.id()).containsExactlyInAnyOrderElementsOf(site.adsByUrl().keySet());
        }
    }

    @Test
    void chineseAdPagesDeclaredAsGb18030DecodeToTheOriginalTitle() throws Exception {
        SampleSite site = sites.expectSite("huarenjie");
        int gb18030Pages = 0;
        for (var entry : site.adsByUrl().entrySet()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(entry.getKey())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String declared = new String(response.body(), StandardCharsets.ISO_8859_1);
            boolean gb = declared.contains("<meta charset=\"gb18030\">");
            gb18030Pages += gb ? 1 : 0;
            String html = new String(response.body(), gb ? HuarenjieLayout.GB18030 : StandardCharsets.UTF_8);
            assertThat(html).contains("<h1 class=\"biaoti\">" + Html.escape(entry.getValue().title()) + "</h1>");
        }
        assertThat(gb18030Pages).isGreaterThan(site.adCount() / 2);
    }

    @Test
    void harbourJobsAdPagesCarryJobPostingJsonLd() throws Exception {
        SampleSite site = sites.expectSite("harbourjobs");
        var ad = site.adsByUrl().entrySet().iterator().next();
        String html = get(ad.getKey()).body();
        assertThat(html).contains("application/ld+json").contains("\"@type\":\"JobPosting\"")
                .contains("<link rel=\"canonical\" href=\"" + ad.getKey() + "\">");
    }

    @Test
    void adTextIsEscaped() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.scriptJson(java.util.Map.of("t", "</script><b>"))).doesNotContain("</script>");
    }

    @Test
    void conditionalGetWithTheEtagAnswersNotModified() throws Exception {
        String url = sites.expectSite("huarenjie").adsByUrl().keySet().iterator().next();
        HttpResponse<String> first = get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void disallowedAndMissingPagesAreCounted() throws Exception {
        SampleSite site = sites.expectSite("huarenjie");
        SiteTraffic before = sites.traffic("huarenjie");
        assertThat(get(site.baseUrl() + "/admin/").statusCode()).isEqualTo(200);
        assertThat(get(site.baseUrl() + "/zhaopin/no-such-ad.html").statusCode()).isEqualTo(404);
        SiteTraffic after = sites.traffic("huarenjie");
        assertThat(after.disallowed()).isEqualTo(before.disallowed() + 1);
        assertThat(after.notFound()).isEqualTo(before.notFound() + 1);
    }

    @Test
    void aPreferredPortIsUsedWhenFreeAndAnotherWhenTaken() throws Exception {
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        int taken = sites.ports().get("harbourjobs");
        try (SampleSites second = SampleSites.start(java.util.Map.of("huarenjie", free, "harbourjobs", taken))) {
            assertThat(second.ports().get("huarenjie")).isEqualTo(free);
            assertThat(second.ports().get("harbourjobs")).isNotEqualTo(taken);
            assertThat(get(second.expectSite("harbourjobs").seedUrl()).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> links(SampleSite site, String html) {
        Set<String> links = new HashSet<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            String href = matcher.group(1).replace("&amp;", "&");
            links.add(href.startsWith("/") ? site.baseUrl() + href : href);
        }
        return links;
    }

    private static String nextLink(SampleSite site, String html) {
        Matcher next = Pattern.compile("class=\"(?:next|xiayiye)\"[^>]*href=\"([^\"]+)\"").matcher(html);
        return next.find() ? site.baseUrl() + next.group(1) : null;
    }
}
