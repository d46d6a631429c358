package org.redflag.app.api.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.app.api.NoSuchSourceException;
import org.redflag.app.api.SourceStatus;
import org.redflag.app.web.ReadinessCheck;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.schedule.CrawlScheduler;
import org.redflag.crawler.source.SourceLoader;
import org.redflag.store.InMemoryAdStore;

/** The operator port against the crawler's real Quartz scheduler. */
class SchedulerSourceOperationsIT {
    private static final String SOURCE = """
            id: closed-site
            name: A site nothing listens on
            platform: closed-platform
            seeds:
              - http://127.0.0.1:9/jobs
            schedule:
              cron: "0 0 3 * * ?"
            allow_private_addresses: true
            """;

    @TempDir
    Path dir;
    private final InMemoryAdStore store = new InMemoryAdStore();
    private CrawlScheduler scheduler;
    private SchedulerSourceOperations operations;

    @BeforeEach
    void start() throws IOException {
        Path file = Files.writeString(dir.resolve("closed-site.yml"), SOURCE);
        AdClassifier classifier = ad -> new Classification(ad.id(), "eng", 0, false, 0, Map.of(), List.of(),
                Contacts.NONE, "none");
        scheduler = new CrawlScheduler(new CrawlService(classifier, store), List.of(SourceLoader.loadFile(file)),
                dir.resolve("schedules.json"));
        operations = new SchedulerSourceOperations(scheduler);
    }

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Test
    void listsSourcesWithTheirNextRuns() {
        scheduler.start();

        SourceStatus source = operations.listSources().get(0);

        assertThat(source.id()).isEqualTo("closed-site");
        assertThat(source.platform()).isEqualTo("closed-platform");
        assertThat(source.cron()).isEqualTo("0 0 3 * * ?");
        assertThat(source.nextRuns()).hasSize(3);
        assertThat(source.nextRuns().get(1)).isEqualTo(source.nextRuns().get(0).plus(Duration.ofDays(1)));
    }

    @Test
    void rescheduleTakesEffectAndIsKeptInTheScheduleFile() throws IOException {
        scheduler.start();

        SourceStatus updated = operations.reschedule("closed-site", "0 15 * * * ?");

        assertThat(updated.cron()).isEqualTo("0 15 * * * ?");
        assertThat(updated.nextRuns().get(1)).isEqualTo(updated.nextRuns().get(0).plus(Duration.ofHours(1)));
        assertThat(Files.readString(dir.resolve("schedules.json"))).contains("0 15 * * * ?");
    }

    @Test
    void runNowStartsACrawlThatIsRecorded() {
        scheduler.start();

        operations.runNow("closed-site");

        await().atMost(Duration.ofSeconds(30)).until(() -> !store.recentCrawlRuns("closed-site", 1).isEmpty()
                && store.recentCrawlRuns("closed-site", 1).get(0).ended() != null);
        assertThat(store.recentCrawlRuns("closed-site", 1).get(0).trigger()).isEqualTo("manual");
    }

    @Test
    void unknownSourceIsNoSuchSource() {
        scheduler.start();

        assertThatThrownBy(() -> operations.runNow("nope")).isInstanceOf(NoSuchSourceException.class);
        assertThatThrownBy(() -> operations.reschedule("nope", "0 0 * * * ?"))
                .isInstanceOf(NoSuchSourceException.class);
    }

    @Test
    void readinessFollowsTheScheduler() {
        ReadinessCheck check = ReadinessChecks.scheduler(scheduler);
        assertThat(check.check().up()).isFalse();

        scheduler.start();
        assertThat(check.check().up()).isTrue();

        scheduler.close();
        assertThat(check.check().up()).isFalse();
    }
}
