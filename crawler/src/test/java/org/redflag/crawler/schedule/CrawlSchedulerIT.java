package org.redflag.crawler.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.FakeClassifier;
import org.redflag.crawler.source.Politeness;
import org.redflag.crawler.source.Schedule;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;
import org.redflag.store.InMemoryAdStore;

class CrawlSchedulerIT {
    private static final String NEVER = "0 0 0 1 1 ? 2099";
    @TempDir
    Path dataDir;
    private WireMockServer server;
    private InMemoryAdStore store;
    private CrawlService crawler;
    private final List<CrawlRun> finished = new CopyOnWriteArrayList<>();
    private CrawlScheduler scheduler;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/jobs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body><ul><li><a href=\"/job/1\">1</a></li>"
                        + "<li><a href=\"/job/2\">2</a></li></ul></body></html>")));
        server.stubFor(get(urlMatching("/job/\\d")).willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withHeader("Content-Type", "text/html").withBody("<html><head><script type=\"application/ld+json\">"
                        + "{\"@type\":\"JobPosting\",\"title\":\"Cook\",\"description\":\"Kitchen work\"}</script>"
                        + "</head><body><h1>Cook</h1></body></html>")));
        store = new InMemoryAdStore();
        crawler = new CrawlService(new FakeClassifier(), store);
        scheduler = newScheduler();
    }

    @AfterEach
    void stop() {
        scheduler.close();
        server.stop();
    }

    private CrawlScheduler newScheduler() {
        SourceConfig source = new SourceConfig("board", "Board", "board", List.of(server.baseUrl() + "/jobs"),
                java.util.Set.of(), null, null, null, new Schedule(NEVER, true), new Politeness(Duration.ZERO, 1),
                null, null, false, true);
        CrawlScheduler s = new CrawlScheduler(crawler, List.of(source), dataDir.resolve("schedules.json"));
        s.addRunListener(finished::add);
        return s;
    }

    @Test
    void runNowCrawlsAtOnceAndReportsTheRun() {
        scheduler.start();
        assertThat(scheduler.expectSchedule("board").findNextFireTime()).isPresent();
        scheduler.runNow("board", "demo");
        await().atMost(Duration.ofSeconds(20)).until(() -> finished.size() == 1);
        assertThat(finished.get(0).trigger()).isEqualTo("demo");
        assertThat(finished.get(0).adsNew()).isEqualTo(2);
        assertThat(store.allAds()).hasSize(2);
    }

    @Test
    void aSourceNeverRunsTwiceAtOnce() {
        scheduler.start();
        scheduler.runNow("board");
        scheduler.runNow("board");
        await().atMost(Duration.ofSeconds(30)).until(() -> finished.size() == 2);
        CrawlRun first = finished.get(0);
        CrawlRun second = finished.get(1);
        assertThat(second.started()).isAfterOrEqualTo(first.ended());
        assertThat(second.adsUnchanged()).isEqualTo(2);
    }

    @Test
    void scheduleChangesTakeEffectAtOnceAndSurviveARestart() throws Exception {
        scheduler.start();
        scheduler.updateSchedule("board", "0/1 * * * * ?");
        await().atMost(Duration.ofSeconds(20)).until(() -> !finished.isEmpty());
        assertThat(finished.get(0).trigger()).isEqualTo("schedule");
        scheduler.pause("board");
        assertThat(Files.readString(dataDir.resolve("schedules.json"))).contains("0/1 * * * * ?");
        scheduler.close();

        scheduler = newScheduler();
        scheduler.start();
        SourceSchedule restored = scheduler.expectSchedule("board");
        assertThat(restored.cron()).isEqualTo("0/1 * * * * ?");
        assertThat(restored.paused()).isTrue();
        assertThat(restored.overridden()).isTrue();
        assertThat(restored.findNextFireTime()).isEmpty();

        SourceSchedule reset = scheduler.resetSchedule("board");
        assertThat(reset.cron()).isEqualTo(NEVER);
        assertThat(reset.paused()).isFalse();
    }

    @Test
    void rejectsBadCronAndUnknownSourcesWithClearMessages() {
        scheduler.start();
        assertThatThrownBy(() -> scheduler.updateSchedule("board", "every day"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'every day'")
                .hasMessageContaining("cron");
        assertThatThrownBy(() -> scheduler.runNow("nope")).isInstanceOf(UnknownSourceException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("[board]");
        assertThat(scheduler.expectSchedule("board").cron()).isEqualTo(NEVER);
    }

    @Test
    void closingStopsARunningCrawlAndRecordsItAsInterrupted() {
        server.stubFor(get(urlMatching("/job/\\d")).willReturn(aResponse().withStatus(200).withFixedDelay(2000)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>x</h1></body></html>")));
        scheduler.start();
        scheduler.runNow("board");
        await().atMost(Duration.ofSeconds(10)).until(() -> crawler.runningSources().contains("board"));
        scheduler.close();
        assertThat(store.recentCrawlRuns("board", 1)).extracting(CrawlRun::status).containsExactly("interrupted");
    }

    @Test
    void sourcesCanBeAddedAndRemovedAtRuntime() {
        scheduler.start();
        SourceConfig other = scheduler.expectSource("board");
        scheduler.putSource(new SourceConfig("second", null, null, other.seeds(), other.allowedHosts(), null, null,
                null, new Schedule(NEVER, false), null, null, null, false, true));
        assertThat(scheduler.schedules()).extracting(SourceSchedule::sourceId).containsExactly("board", "second");
        assertThat(scheduler.expectSchedule("second").paused()).isTrue();
        assertThat(scheduler.removeSource("second")).isTrue();
        assertThat(scheduler.findSchedule("second")).isEmpty();
    }
}
