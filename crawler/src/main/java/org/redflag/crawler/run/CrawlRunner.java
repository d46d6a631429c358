package org.redflag.crawler.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.crawler.CrawlListener;
import org.redflag.crawler.CrawlProgress;
import org.redflag.crawler.extract.ExtractedPage;
import org.redflag.crawler.extract.PageExtractor;
import org.redflag.crawler.extract.PageKind;
import org.redflag.crawler.fetch.CharsetDetector;
import org.redflag.crawler.fetch.FetchRequest;
import org.redflag.crawler.fetch.FetchResult;
import org.redflag.crawler.fetch.ValidatorCache;
import org.redflag.crawler.fetch.Validators;
import org.redflag.crawler.frontier.CrawlUrl;
import org.redflag.crawler.frontier.Frontier;
import org.redflag.crawler.robots.HostRules;
import org.redflag.crawler.robots.SitemapReader;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.url.UrlNormalizer;
import org.redflag.store.CrawlRun;
import org.redflag.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one source: seeds to frontier, worker threads that fetch and read pages, links to the
 * {@link LinkFollower}, ads to the {@link AdSink}, then the removal sweep and the run record. Use once: {@link #run()}.
 */
public final class CrawlRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

    private final SourceConfig source;
    private final String trigger;
    private final RunContext ctx;
    private final CrawlListener listener;
    private final String runId;
    private final Instant started;
    private final Instant deadline;
    private final RunStats stats = new RunStats();
    private final RunState state = new RunState();
    private final Frontier frontier;
    private final LinkFollower links;
    private final PageExtractor extractor;
    private final AdSink ads;
    private final Set<String> robotsSeen = ConcurrentHashMap.newKeySet();

    public CrawlRunner(SourceConfig source, String trigger, RunContext ctx, CrawlListener listener) {
        this.source = source;
        this.trigger = trigger;
        this.ctx = ctx;
        this.listener = listener;
        this.started = ctx.clock().instant();
        this.runId = source.id() + "-" + started.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.deadline = started.plus(source.limits().maxDuration());
        this.frontier = new Frontier(source.politeness().delay(), source.politeness().concurrency(),
                source.limits().maxPages());
        this.extractor = new PageExtractor(source);
        this.ads = new AdSink(source, ctx, stats, state, listener, deadline.plus(ctx.storeGrace()));
        this.links = new LinkFollower(source, frontier, stats, ads::expect);
    }

    public String runId() {
        return runId;
    }

    /** Stops the run: nothing new is fetched, what is in flight finishes and is written; the run is interrupted. */
    public void cancel() {
        state.cancel();
        frontier.stop();
    }

    public CrawlProgress progress() {
        return new CrawlProgress(runId, source.id(), started, stats.pagesFetched(), stats.adsStored(),
                stats.adsFlagged(), frontier.waiting(), stats.errorMap());
    }

    /** Runs the crawl to its end and returns the recorded run. */
    public CrawlRun run() {
        saveRun(record("running", Optional.empty(), "", 0));
        String failure = "";
        try {
            seed();
            ads.open();
            runWorkers();
            ads.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } catch (RuntimeException e) {
            LOG.error("crawl of {} failed", source.id(), e);
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long removed = sweepRemoved(failure);
        CrawlRun run = finish(failure, removed);
        saveRun(run);
        return run;
    }

    private void seed() {
        for (String seed : source.seeds()) {
            UrlNormalizer.normalize(seed).ifPresentOrElse(
                    url -> frontier.offer(new CrawlUrl(url, UrlNormalizer.hostOf(url), 0, 0, 0, isSitemapUrl(url)),
                            false),
                    () -> state.note("seed '" + seed + "' is not an http(s) URL"));
        }
    }

    private static boolean isSitemapUrl(String url) {
        String path = url.toLowerCase(java.util.Locale.ROOT);
        return path.endsWith(".xml") || path.endsWith(".xml.gz") || path.contains("sitemap");
    }

    private void runWorkers() throws InterruptedException {
        int threads = Math.max(1, Math.min(ctx.maxThreads(),
                source.politeness().concurrency() * Math.max(1, source.allowedHosts().size())));
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "redflag-crawl-" + source.id() + "-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
    }

    private void work() {
        try {
            while (true) {
                if (ctx.clock().instant().isAfter(deadline)) {
                    state.incomplete("time limit " + source.limits().maxDuration() + " reached");
                    frontier.stop();
                }
                Optional<CrawlUrl> next = frontier.take();
                if (next.isEmpty()) {
                    return;
                }
                try {
                    process(next.get());
                } catch (RuntimeException e) {
                    LOG.warn("failed to process {}", next.get().url(), e);
                    stats.error(ErrorKind.PARSE);
                } finally {
                    frontier.release(next.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        }
    }

    private void process(CrawlUrl item) throws InterruptedException {
        HostRules rules = rulesFor(item);
        if (!rules.allows(item.url())) {
            stats.error(ErrorKind.ROBOTS_DENIED);
            return;
        }
        Optional<ValidatorCache.Entry> known = item.sitemap() ? Optional.empty() : ctx.validators().find(item.url());
        FetchResult result = ctx.fetcher().fetch(new FetchRequest(item.url(), source.userAgent(),
                known.map(ValidatorCache.Entry::validators).orElse(Validators.NONE), source.limits().fetchTimeout(),
                source.limits().maxBytes(), false, source.allowPrivateAddresses()));
        if (!item.sitemap()) {
            stats.pagesFetched.increment();
            listener.pageFetched(result);
        }
        handle(item, result, known);
    }

    /** The host's robots.txt rules; the first time, also its Crawl-delay and sitemaps. */
    private HostRules rulesFor(CrawlUrl item) {
        String origin = UrlNormalizer.originOf(item.url());
        HostRules rules = ctx.robots().rulesFor(origin, source.userAgent(), source.allowPrivateAddresses(),
                source.limits().fetchTimeout());
        if (robotsSeen.add(origin)) {
            frontier.robotsKnown(item.host(), rules.crawlDelay());
            if (rules.rules().isAllowNone() && !rules.basis().equals("robots.txt")) {
                state.incomplete(origin + ": " + rules.basis());
            }
            if (source.followSitemaps()) {
                rules.sitemaps().forEach(sitemap -> links.offer(sitemap, item.depth(), 0, true));
            }
        }
        return rules;
    }

    private void handle(CrawlUrl item, FetchResult r, Optional<ValidatorCache.Entry> known)
            throws InterruptedException {
        switch (r.outcome()) {
            case OK -> read(item, r);
            case NOT_MODIFIED -> {
                if (known.isPresent()) {
                    ads.notModified(item, known.get());
                }
            }
            case REDIRECT -> redirect(item, r);
            case CLIENT_ERROR -> stats.error(ErrorKind.HTTP_4XX);
            case THROTTLED, SERVER_ERROR, TIMEOUT, CONNECTION_ERROR -> retryOrGiveUp(item, r);
            case SKIPPED_CONTENT_TYPE -> stats.error(ErrorKind.NOT_HTML);
            case REFUSED_ADDRESS -> {
                stats.error(ErrorKind.REFUSED_ADDRESS);
                state.note(r.message());
            }
        }
    }

    /** Retries after Retry-After or a backoff (0.5 s doubling) within the run's time; else counts the failure. */
    private void retryOrGiveUp(CrawlUrl item, FetchResult r) {
        Duration pause = r.retryAfter().isZero() ? Duration.ofMillis(500L << Math.min(6, item.attempts()))
                : r.retryAfter();
        boolean timeLeft = ctx.clock().instant().plus(pause).isBefore(deadline);
        if (item.attempts() < source.limits().maxRetries() && timeLeft && !state.cancelled()) {
            frontier.retryLater(item.retried(), pause);
            return;
        }
        state.incomplete("");
        stats.error(switch (r.outcome()) {
            case THROTTLED -> ErrorKind.HTTP_4XX;
            case SERVER_ERROR -> ErrorKind.HTTP_5XX;
            case TIMEOUT -> ErrorKind.TIMEOUT;
            default -> ErrorKind.CONNECTION;
        });
    }

    private void redirect(CrawlUrl item, FetchResult r) {
        if (item.redirects() >= source.limits().maxRedirects()) {
            stats.error(ErrorKind.REDIRECT_LIMIT);
            return;
        }
        links.offer(r.location(), item.depth(), item.redirects() + 1, item.sitemap());
    }

    private void read(CrawlUrl item, FetchResult r) throws InterruptedException {
        if (r.truncated()) {
            stats.error(ErrorKind.TOO_LARGE);
        }
        if (item.sitemap() || SitemapReader.looksLikeSitemap(item.url(), r.body(), r.contentType())) {
            readSitemap(item, r);
            return;
        }
        ExtractedPage page;
        try {
            page = extractor.extract(item.url(), CharsetDetector.decode(r.body(), r.contentType()));
        } catch (RuntimeException e) {
            LOG.debug("cannot parse {}", item.url(), e);
            stats.error(ErrorKind.PARSE);
            return;
        }
        links.follow(item, page);
        if (page.kind() == PageKind.AD) {
            ads.ad(item, r, page, frontier);
        }
    }

    private void readSitemap(CrawlUrl item, FetchResult r) {
        try {
            SitemapReader.SitemapContent content = SitemapReader.read(item.url(), r.body(), r.contentType());
            content.sitemaps().forEach(s -> links.offer(s, item.depth(), 0, true));
            content.pages().forEach(p -> links.offer(p, item.depth() + 1, 0, false));
        } catch (SitemapReader.SitemapException e) {
            stats.error(ErrorKind.PARSE);
        }
    }

    /** Ads of the source not seen in a complete run are marked removed. Skipped when the run was incomplete. */
    private long sweepRemoved(String failure) {
        if (!failure.isEmpty() || state.cancelled() || state.isIncomplete() || frontier.budgetSpent()) {
            return 0;
        }
        Instant storeDeadline = deadline.plus(ctx.storeGrace());
        try {
            List<String> gone = ctx.storeRetry().call(() -> ctx.store().findLiveAdIdsNotSeenSince(source.id(),
                    started), storeDeadline, state::cancelled);
            if (!gone.isEmpty()) {
                ctx.storeRetry().run(() -> ctx.store().markRemoved(gone, ctx.clock().instant()), storeDeadline,
                        state::cancelled);
            }
            return gone.size();
        } catch (StoreUnavailableException e) {
            stats.error(ErrorKind.STORE);
            return 0;
        }
    }

    private CrawlRun finish(String failure, long removed) {
        String status = !failure.isEmpty() || stats.errorCount(ErrorKind.STORE) > 0 ? "failed"
                : state.cancelled() ? "interrupted" : "succeeded";
        List<String> message = new ArrayList<>(state.notes());
        if (!failure.isEmpty()) {
            message.add(0, failure);
        }
        if (frontier.budgetSpent()) {
            message.add("page limit " + source.limits().maxPages() + " reached");
        }
        if (state.isIncomplete() || frontier.budgetSpent() || state.cancelled()) {
            message.add("incomplete run: removed ads not swept");
        }
        return record(status, Optional.of(ctx.clock().instant()), String.join("; ", message), removed);
    }

    private CrawlRun record(String status, Optional<Instant> ended, String message, long removed) {
        return new CrawlRun(runId, source.id(), trigger, started, ended.orElse(null), status, stats.pagesFetched(),
                stats.adsNew.sum(), stats.adsUpdated.sum(), stats.adsUnchanged.sum(), removed, stats.adsFlagged(),
                stats.errorMap(), message);
    }

    private void saveRun(CrawlRun run) {
        try {
            ctx.storeRetry().run(() -> ctx.store().saveCrawlRun(run), ctx.clock().instant().plus(ctx.storeGrace()),
                    () -> false);
        } catch (StoreUnavailableException e) {
            LOG.error("crawl run {} could not be recorded: {}", run.id(), e.getMessage());
        }
    }
}
