package org.redflag.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.crawler.index.Backoff;
import org.redflag.crawler.source.Limits;
import org.redflag.crawler.source.Politeness;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.AdDocument;
import org.redflag.store.AdFields;
import org.redflag.store.CrawlRun;
import org.redflag.store.InMemoryAdStore;

/** Crawls job boards simulated by WireMock and checks what was fetched (request journal) and stored. */
class CrawlServiceIT {
    private static final String TEXT = "Full-time warehouse work in Leeds with training, paid holidays and a pension "
            + "scheme. Shifts are agreed with the team each week and overtime is paid.";
    private static WireMockServer server;
    private JobBoardStubs site;
    private InMemoryAdStore store;
    private CrawlService crawler;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        site = new JobBoardStubs(server);
        store = new InMemoryAdStore();
        crawler = new CrawlService(new FakeClassifier(), store, CrawlSettings.defaults()
                .withStoreBackoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(50))));
    }

    private SourceConfig source(String... seedPaths) {
        List<String> seeds = java.util.Arrays.stream(seedPaths).map(site::url).toList();
        return SourceConfig.forSeeds(seeds).withAllowPrivateAddresses(true)
                .withPoliteness(new Politeness(Duration.ZERO, 2))
                .withLimits(Limits.DEFAULT.withFetchTimeout(Duration.ofSeconds(2)).withMaxRetries(1));
    }

    private static long requests(String path) {
        return server.findAll(getRequestedFor(urlEqualTo(path))).size();
    }

    private List<String> storedTitles() {
        return store.allAds().stream().map(a -> a.fields().title()).sorted().toList();
    }

    @Test
    void followsPaginationAndStoresEveryAdOnce() {
        site.listing(1, true, 1, 2);
        site.listing(2, true, 3, 1);
        site.listing(3, false, 4);
        for (int i = 1; i <= 4; i++) {
            site.ad(i, "Warehouse assistant " + i, TEXT);
        }
        CrawlRun run = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(storedTitles()).containsExactly("Warehouse assistant 1", "Warehouse assistant 2",
                "Warehouse assistant 3", "Warehouse assistant 4");
        assertThat(run.status()).isEqualTo("succeeded");
        assertThat(run.adsNew()).isEqualTo(4);
        assertThat(run.pagesFetched()).isEqualTo(7);
        for (String path : List.of("/jobs?page=1", "/jobs?page=2", "/jobs?page=3", "/job/1", "/job/4")) {
            assertThat(requests(path)).as(path).isEqualTo(1);
        }
        assertThat(run.sourceId()).isEqualTo("cli-localhost-" + server.port());
        assertThat(store.recentCrawlRuns(run.sourceId(), 5)).extracting(CrawlRun::status)
                .containsExactly("succeeded");
    }

    @Test
    void neverFetchesWhatRobotsTxtDisallows() {
        site.robots("User-agent: *\nDisallow: /job/2\n\nUser-agent: RedflagBot\nDisallow: /job/3\n");
        site.listing(1, false, 1, 2, 3);
        for (int i = 1; i <= 3; i++) {
            site.ad(i, "Cook " + i, TEXT);
        }
        CrawlRun run = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(requests("/job/3")).isZero();
        assertThat(requests("/job/2")).isEqualTo(1); // the group for RedflagBot applies, not the * group
        assertThat(requests("/robots.txt")).isEqualTo(1);
        assertThat(run.errors()).containsEntry("robots_denied", 1L);
        assertThat(storedTitles()).containsExactly("Cook 1", "Cook 2");
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
        site.listing(1, false, 1);
        site.ad(1, "Driver", TEXT);
        CrawlRun run = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(storedTitles()).containsExactly("Driver");
        assertThat(run.errors()).doesNotContainKey("robots_denied");
    }

    @Test
    void aFailingRobotsTxtDisallowsEverything() {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(503)));
        site.listing(1, false, 1);
        site.ad(1, "Driver", TEXT);
        CrawlRun run = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(requests("/jobs?page=1")).isZero();
        assertThat(store.allAds()).isEmpty();
        assertThat(run.errors()).containsEntry("robots_denied", 1L);
        assertThat(run.message()).contains("disallow all");
    }

    @Test
    void waitsTheCrawlDelayBetweenRequests() {
        site.robots("User-agent: *\nCrawl-delay: 1\n");
        site.listing(1, false, 1, 2);
        site.ad(1, "Cleaner 1", TEXT);
        site.ad(2, "Cleaner 2", TEXT);
        crawler.crawl(source("/jobs?page=1"), "test");
        List<LoggedRequest> pages = server.findAll(getRequestedFor(urlMatching("/job.*")));
        assertThat(pages).hasSize(3);
        List<Long> times = pages.stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    void readsSitemapsFromRobotsTxtAndFromSeeds() {
        site.robots("User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap-index.xml") + "\n");
        site.bytes("/sitemap-index.xml", "application/xml", ("<?xml version=\"1.0\"?><sitemapindex "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + site.url("/sitemap-1.xml")
                + "</loc></sitemap></sitemapindex>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.bytes("/sitemap-1.xml", "application/xml", ("<?xml version=\"1.0\"?><urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/job/7")
                + "</loc></url><url><loc>" + site.url("/job/8") + "</loc></url></urlset>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.html("/", JobBoardStubs.page("Home", "<p>Welcome</p>", ""));
        site.ad(7, "Welder", TEXT);
        site.ad(8, "Porter", TEXT);
        CrawlRun run = crawler.crawl(source("/"), "test");
        assertThat(storedTitles()).containsExactly("Porter", "Welder");
        assertThat(requests("/sitemap-1.xml")).isEqualTo(1);
        assertThat(run.pagesFetched()).isEqualTo(4); // "/", the nav link /jobs?page=1 (404), two ads; not sitemaps
    }

    @Test
    void followsRedirectsWithinTheBoundAndEndsLoops() {
        redirect("/moved", "/job/1");
        redirect("/loop-a", "/loop-b");
        redirect("/loop-b", "/loop-a");
        for (int i = 0; i < 8; i++) {
            redirect("/chain-" + i, "/chain-" + (i + 1));
        }
        site.html("/chain-8", JobBoardStubs.adHtml("Never reached", TEXT, ""));
        site.html("/start", JobBoardStubs.page("Start", "<a href=\"/moved\">a</a><a href=\"/loop-a\">b</a>"
                + "<a href=\"/chain-0\">c</a>", ""));
        site.ad(1, "Farm hand", TEXT);
        CrawlRun run = crawler.crawl(source("/start"), "test");
        assertThat(storedTitles()).containsExactly("Farm hand");
        assertThat(requests("/loop-a")).isEqualTo(1);
        assertThat(requests("/loop-b")).isEqualTo(1);
        assertThat(requests("/chain-5")).isEqualTo(1);
        assertThat(requests("/chain-6")).isZero();
        assertThat(run.errors()).containsEntry("redirect_limit", 1L);
    }

    private static void redirect(String from, String to) {
        server.stubFor(get(urlEqualTo(from)).willReturn(aResponse().withStatus(301).withHeader("Location", to)));
    }

    @Test
    void recrawlSendsValidatorsAndA304KeepsTheAdUnchanged() {
        site.listing(1, false, 1);
        server.stubFor(get(urlEqualTo("/job/1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withHeader("ETag", "\"v1\"")
                .withHeader("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT")
                .withBody(JobBoardStubs.adHtml("Line cook", TEXT, ""))));
        server.stubFor(get(urlEqualTo("/job/1")).withHeader("If-None-Match", equalTo("\"v1\"")).atPriority(1)
                .willReturn(aResponse().withStatus(304)));
        CrawlRun first = crawler.crawl(source("/jobs?page=1"), "test");
        AdDocument before = store.allAds().get(0);
        CrawlRun second = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(first.adsNew()).isEqualTo(1);
        assertThat(second.adsNew()).isZero();
        assertThat(second.adsUnchanged()).isEqualTo(1);
        List<LoggedRequest> adRequests = server.findAll(getRequestedFor(urlEqualTo("/job/1")));
        assertThat(adRequests).hasSize(2);
        assertThat(adRequests.get(1).getHeader("If-Modified-Since")).isEqualTo("Mon, 02 Nov 2026 10:00:00 GMT");
        AdDocument after = store.allAds().get(0);
        assertThat(after.lastSeen()).isAfter(before.lastSeen());
        assertThat(after.version()).isEqualTo(1);
        assertThat(requests("/jobs?page=1")).isEqualTo(2); // listings are always fetched in full
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterDelay() {
        site.listing(1, false, 1);
        server.stubFor(get(urlEqualTo("/job/1")).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
        server.stubFor(get(urlEqualTo("/job/1")).inScenario("throttle").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody(JobBoardStubs.adHtml("Hotel porter", TEXT, ""))));
        CrawlRun run = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(storedTitles()).containsExactly("Hotel porter");
        List<Long> times = server.findAll(getRequestedFor(urlEqualTo("/job/1"))).stream()
                .map(r -> r.getLoggedDate().getTime()).toList();
        assertThat(times).hasSize(2);
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(900);
        assertThat(run.errors()).isEmpty();
    }

    @Test
    void serverErrorsTimeoutsAndBrokenConnectionsAreRetriedThenCountedWhileTheCrawlGoesOn() {
        site.listing(1, false, 1, 2, 3, 4, 5, 6);
        server.stubFor(get(urlEqualTo("/job/1")).willReturn(aResponse().withStatus(503)));
        server.stubFor(get(urlEqualTo("/job/2")).willReturn(aResponse().withFixedDelay(4000).withStatus(200)
                .withBody(JobBoardStubs.adHtml("Slow", TEXT, ""))));
        server.stubFor(get(urlEqualTo("/job/3")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlEqualTo("/job/4")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        server.stubFor(get(urlEqualTo("/job/5")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        site.ad(6, "Survivor", TEXT);
        CrawlRun run = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(storedTitles()).containsExactly("Survivor");
        assertThat(requests("/job/1")).isEqualTo(2);
        // (the JDK client itself repeats a GET once when a connection breaks before the first byte, so the
        // request counts of /job/3 to /job/5 are the crawler's attempts times up to two)
        assertThat(run.errors()).containsEntry("http_5xx", 1L).containsEntry("timeout", 1L)
                .containsEntry("connection", 3L);
        assertThat(run.status()).isEqualTo("succeeded");
        assertThat(run.message()).contains("incomplete");
    }

    @Test
    void emptyPagesAreSkippedAndHugePagesCutAtTheLimit() {
        site.listing(1, false, 1, 2);
        site.html("/job/1", "");
        StringBuilder huge = new StringBuilder(JobBoardStubs.adHtml("Big ad", TEXT, "").replace("</body></html>", ""));
        while (huge.length() < 3_000_000) {
            huge.append("<p>filler filler filler filler filler filler filler filler filler filler</p>");
        }
        site.html("/job/2", huge.append("</body></html>").toString());
        SourceConfig source = source("/jobs?page=1");
        CrawlRun run = crawler.crawl(source.withLimits(source.limits().withMaxBytes(64 * 1024)), "test");
        assertThat(storedTitles()).containsExactly("Big ad");
        assertThat(run.errors()).containsEntry("too_large", 1L);
    }

    @Test
    void readsGb18030AndBig5PagesWhateverTheHeadersSay() {
        Charset gb = Charset.forName("GB18030");
        Charset big5 = Charset.forName("Big5");
        site.listing(1, false, 1, 2, 3, 4);
        String zhText = "全职仓库工作，提供培训，带薪年假，五险一金，每周排班，加班另付工资，欢迎应聘。";
        site.bytes("/job/1", "text/html", JobBoardStubs.encode(JobBoardStubs.page("t",
                "<h1>仓库助理（广州）</h1><p>" + zhText + "</p>", "<meta charset=\"gb2312\">"), gb));
        site.bytes("/job/2", "text/html; charset=GBK", JobBoardStubs.encode(JobBoardStubs.page("t",
                "<h1>厨师（深圳）</h1><p>" + zhText + "</p>", ""), gb));
        site.bytes("/job/3", "text/html; charset=utf-8", JobBoardStubs.encode(JobBoardStubs.page("t",
                "<h1>送货司机（上海）</h1><p>" + zhText + "</p>", "<meta charset=\"gb18030\">"), gb));
        site.bytes("/job/4", "text/html; charset=big5", JobBoardStubs.encode(JobBoardStubs.page("t",
                "<h1>誠聘倉庫助理（台北）</h1><p>全職倉庫工作，提供培訓，帶薪年假，每週排班，加班另付工資，歡迎應徵。</p>", ""), big5));
        crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(storedTitles()).containsExactlyInAnyOrder("仓库助理（广州）", "厨师（深圳）", "送货司机（上海）",
                "誠聘倉庫助理（台北）");
    }

    @Test
    void skipsWhatIsNotHtml() {
        site.html("/start", JobBoardStubs.page("Start", "<a href=\"/files/ad.pdf\">PDF</a>"
                + "<a href=\"/img/logo.png\">logo</a><a href=\"/job/1\">ad</a>", ""));
        site.bytes("/files/ad.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
        site.bytes("/img/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        site.ad(1, "Care worker", TEXT);
        CrawlRun run = crawler.crawl(source("/start"), "test");
        assertThat(storedTitles()).containsExactly("Care worker");
        assertThat(run.errors()).containsEntry("not_html", 2L);
    }

    @Test
    void refusesLoopbackAddressesUnlessTheSourceAllowsThem() {
        site.listing(1, false, 1);
        site.ad(1, "Should not be fetched", TEXT);
        CrawlRun run = crawler.crawl(source("/jobs?page=1").withAllowPrivateAddresses(false), "test");
        assertThat(server.getAllServeEvents()).isEmpty();
        assertThat(run.errors()).containsEntry("refused_address", 1L);
        assertThat(run.message()).contains("allow_private_addresses");
    }

    @Test
    void marksAdsGoneAfterACompleteRunAndKeepsEditedVersions() {
        site.listing(1, false, 1, 2, 3);
        site.ad(1, "Cleaner", TEXT);
        site.ad(2, "Welder", TEXT + " Welding certificate needed.");
        site.ad(3, "Porter", "Porter wanted for a hotel in York, evenings and weekends, uniform provided.");
        crawler.crawl(source("/jobs?page=1"), "test");
        site.listing(1, false, 1, 2);
        server.stubFor(get(urlEqualTo("/job/3")).willReturn(aResponse().withStatus(404)));
        site.ad(2, "Welder", "Welder for work abroad, we keep your passport during the contract.");
        CrawlRun second = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(second.adsRemoved()).isEqualTo(1);
        assertThat(second.adsUpdated()).isEqualTo(1);
        assertThat(second.adsUnchanged()).isEqualTo(1);
        assertThat(second.adsFlagged()).isEqualTo(1);
        Map<String, AdDocument> byTitle = new java.util.HashMap<>();
        store.allAds().forEach(a -> byTitle.put(a.fields().title(), a));
        assertThat(byTitle.get("Porter").removed()).isTrue();
        assertThat(byTitle.get("Cleaner").removed()).isFalse();
        AdDocument welder = byTitle.get("Welder");
        assertThat(welder.version()).isEqualTo(2);
        assertThat(welder.classification().flagged()).isTrue();
        assertThat(store.history(welder.id())).extracting(AdDocument::fields).extracting(AdFields::text)
                .containsExactly(TEXT + " Welding certificate needed.");
    }

    @Test
    void anIncompleteRunMarksNothingRemoved() {
        site.listing(1, false, 1, 2);
        site.ad(1, "Cleaner", TEXT);
        site.ad(2, "Welder", TEXT);
        crawler.crawl(source("/jobs?page=1"), "test");
        server.stubFor(get(urlEqualTo("/jobs?page=1")).willReturn(aResponse().withStatus(500)));
        CrawlRun second = crawler.crawl(source("/jobs?page=1"), "test");
        assertThat(second.adsRemoved()).isZero();
        assertThat(store.allAds()).noneMatch(AdDocument::removed);
    }

    @Test
    void boundsCalendarTrapsAndStoresOneAdPerCanonicalUrl() {
        StringBuilder links = new StringBuilder();
        for (int d = 1; d <= 28; d++) {
            links.append("<a href=\"/events/2026/11/").append(d).append("\">").append(d).append("</a>");
        }
        site.html("/start", JobBoardStubs.page("Start", links + "<a href=\"/job/1?utm_source=x\">a</a>"
                + "<a href=\"/job/1?from=list\">b</a>", ""));
        server.stubFor(get(urlMatching("/events/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(JobBoardStubs.page("Day", "<p>Nothing</p>", ""))));
        site.html("/job/1?from=list", JobBoardStubs.adHtml("Farm hand", TEXT,
                "<link rel=\"canonical\" href=\"/job/1\">"));
        site.ad(1, "Farm hand", TEXT);
        SourceConfig source = source("/start");
        source = source.withLimits(new Limits(100, 20, 1_000_000, Duration.ofMinutes(5), Duration.ofSeconds(2), 5,
                1000, 8, 2, 10, 1));
        CrawlRun run = crawler.crawl(source, "test");
        assertThat(server.findAll(getRequestedFor(urlMatching("/events/.*")))).hasSize(10);
        assertThat(run.errors()).containsEntry("trap", 18L);
        assertThat(store.allAds()).hasSize(1);
        assertThat(store.allAds().get(0).canonicalUrl()).isEqualTo(site.url("/job/1"));
    }
}
