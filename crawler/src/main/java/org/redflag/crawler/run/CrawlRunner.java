package org.redflag.crawler.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redflag.crawler.CrawlListener;
import org.redflag.crawler.CrawlProgress;
import org.redflag.crawler.dedup.AdDraft;
import org.redflag.crawler.dedup.AdOutcome;
import org.redflag.crawler.dedup.AdReconciler;
import org.redflag.crawler.dedup.AdUpdate;
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
import org.redflag.crawler.index.AdIndexer;
import org.redflag.crawler.index.IndexListener;
import org.redflag.crawler.robots.HostRules;
import org.redflag.crawler.robots.SitemapReader;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.url.TrapFilter;
import org.redflag.crawler.url.UrlNormalizer;
import org.redflag.store.AdDocument;
import org.redflag.store.CrawlRun;
import org.redflag.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one source: seeds to frontier, worker threads that fetch, extract and reconcile, an indexer that
 * writes, then the removal sweep and the run record. Use once: {@link #run()}.
 */
public final class CrawlRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    private final SourceConfig source;
    private final String trigger;
    private final RunContext ctx;
    private final CrawlListener listener;
    private final String runId;
    private final Instant started;
    private final Instant deadline;
    private final RunStats stats = new RunStats();
    private final Frontier frontier;
    private final TrapFilter traps;
    private final PageExtractor extractor;
    private final AdReconciler reconciler;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean incomplete = new AtomicBoolean();
    private final Set<String> robotsSeen = ConcurrentHashMap.newKeySet();
    private final Map<String, Validators> pendingValidators = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger paginationPages = new java.util.concurrent.atomic.AtomicInteger();
    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile AdIndexer indexer;

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
        this.traps = new TrapFilter(source.limits());
        this.extractor = new PageExtractor(source);
        this.reconciler = new AdReconciler(ctx.store(), ctx.classifier());
    }

    public String runId() {
        return runId;
    }

    /** Stops the run: nothing new is fetched, what is in flight finishes and is written; the run is interrupted. */
    public void cancel() {
        cancelled.set(true);
        frontier.stop();
    }

    public CrawlProgress progress() {
        return new CrawlProgress(runId, source.id(), started, stats.pagesFetched(), stats.adsStored(),
                stats.adsFlagged(), frontier.waiting(), stats.errorMap());
    }

    /** Runs the crawl to its end and returns the recorded run. */
    public CrawlRun run() {
        saveRun(record("running", Optional.empty(), ""));
        String failure = "";
        try {
            seed();
            indexer = new AdIndexer(ctx.store(), ctx.batchSize(), ctx.storeRetry(),
                    deadline.plus(ctx.storeGrace()), cancelled::get, new Saved(), source.id());
            runWorkers();
            indexer.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            frontier.stop();
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
                    () -> notes.add("seed '" + seed + "' is not an http(s) URL"));
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
                    notes.add("time limit " + source.limits().maxDuration() + " reached");
                    incomplete.set(true);
                    frontier.stop();
                }
                Optional<CrawlUrl> next = frontier.take();
                if (next.isEmpty()) {
                    return;
                }
                try {
                    process(next.get());
                } catch (InterruptedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    LOG.warn("failed to process {}", next.get().url(), e);
                    stats.error(ErrorKind.PARSE);
                } finally {
                    frontier.release(next.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            frontier.stop();
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

    private HostRules rulesFor(CrawlUrl item) {
        String origin = UrlNormalizer.originOf(item.url());
        HostRules rules = ctx.robots().rulesFor(origin, source.userAgent(), source.allowPrivateAddresses(),
                source.limits().fetchTimeout());
        if (robotsSeen.add(origin)) {
            frontier.robotsKnown(item.host(), rules.crawlDelay());
            if (!rules.rules().isAllowAll() && rules.rules().isAllowNone() && !rules.basis().equals("robots.txt")) {
                incomplete.set(true);
                notes.add(origin + ": " + rules.basis());
            }
            if (source.followSitemaps()) {
                for (String sitemap : rules.sitemaps()) {
                    offer(sitemap, item.depth(), 0, true);
                }
            }
        }
        return rules;
    }

    private void handle(CrawlUrl item, FetchResult r, Optional<ValidatorCache.Entry> known)
            throws InterruptedException {
        switch (r.outcome()) {
            case OK -> read(item, r);
            case NOT_MODIFIED -> known.ifPresent(entry -> touch(item, entry));
            case REDIRECT -> redirect(item, r);
            case CLIENT_ERROR -> stats.error(ErrorKind.HTTP_4XX);
            case THROTTLED, SERVER_ERROR, TIMEOUT, CONNECTION_ERROR -> retryOrGiveUp(item, r);
            case SKIPPED_CONTENT_TYPE -> stats.error(ErrorKind.NOT_HTML);
            case REFUSED_ADDRESS -> {
                stats.error(ErrorKind.REFUSED_ADDRESS);
                notes.add(r.message());
            }
        }
    }

    private void retryOrGiveUp(CrawlUrl item, FetchResult r) {
        Duration pause = r.retryAfter().isZero() ? Duration.ofMillis(500L << Math.min(6, item.attempts()))
                : r.retryAfter();
        boolean timeLeft = ctx.clock().instant().plus(pause).isBefore(deadline);
        if (item.attempts() < source.limits().maxRetries() && timeLeft && !cancelled.get()) {
            frontier.retryLater(item.retried(), pause);
            return;
        }
        incomplete.set(true);
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
        offer(r.location(), item.depth(), item.redirects() + 1, item.sitemap());
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
        follow(item, page);
        if (page.kind() == PageKind.AD) {
            ad(item, r, page);
        }
    }

    private void readSitemap(CrawlUrl item, FetchResult r) {
        try {
            SitemapReader.SitemapContent content = SitemapReader.read(item.url(), r.body(), r.contentType());
            content.sitemaps().forEach(s -> offer(s, item.depth(), 0, true));
            content.pages().forEach(p -> offer(p, item.depth() + 1, 0, false));
        } catch (SitemapReader.SitemapException e) {
            stats.error(ErrorKind.PARSE);
        }
    }

    private void follow(CrawlUrl item, ExtractedPage page) {
        Set<String> pagination = new java.util.HashSet<>(page.paginationLinks());
        if (page.kind() == PageKind.LISTING) {
            String shape = shape(item.url());
            page.links().stream().filter(l -> shape(l).equals(shape)).forEach(pagination::add);
        }
        for (String next : pagination) {
            if (paginationPages.get() < source.pagination().maxPages() && offer(next, item.depth(), 0, false)) {
                paginationPages.incrementAndGet();
            }
        }
        if (item.depth() >= source.limits().maxDepth()) {
            return;
        }
        boolean fromListing = page.kind() == PageKind.LISTING;
        for (String link : page.links()) {
            if (!pagination.contains(link)) {
                offer(link, item.depth() + 1, 0, false, fromListing);
            }
        }
    }

    /** A URL with its digits masked: listing pages that differ only in a page number share a shape. */
    private static String shape(String url) {
        return DIGITS.matcher(url).replaceAll("#");
    }

    private boolean offer(String url, int depth, int redirects, boolean sitemap) {
        return offer(url, depth, redirects, sitemap, false);
    }

    /**
     * Queues a link if its host is allowed, the source follows it and no trap bound refuses it. Likely ads (by the
     * source's patterns, or linked from a listing) are served first, which keeps the queue short.
     */
    private boolean offer(String url, int depth, int redirects, boolean sitemap, boolean fromListing) {
        Optional<String> normalized = UrlNormalizer.normalize(url);
        if (normalized.isEmpty()) {
            return false;
        }
        String u = normalized.get();
        String host = UrlNormalizer.hostOf(u);
        if (!source.allowedHosts().contains(host) || !sitemap && !source.urls().follows(u)) {
            return false;
        }
        Optional<String> trap = traps.checkShape(u);
        if (trap.isPresent()) {
            stats.error(ErrorKind.TRAP);
            return false;
        }
        CrawlUrl item = new CrawlUrl(u, host, depth, redirects, 0, sitemap);
        boolean likelyAd = source.urls().isAd(u) || fromListing && !source.urls().isListing(u);
        return frontier.offer(item, likelyAd, candidate -> {
            Optional<String> bound = traps.check(u, host);
            bound.ifPresent(reason -> stats.error(ErrorKind.TRAP));
            return bound.isEmpty();
        });
    }

    private void ad(CrawlUrl item, FetchResult r, ExtractedPage page) throws InterruptedException {
        String canonical = page.canonicalUrl();
        if (!canonical.equals(item.url()) && !frontier.markSeen(canonical)) {
            return; // the canonical page itself was or will be read in this run
        }
        if (page.fields().title().isEmpty() && page.fields().text().isEmpty()) {
            stats.error(ErrorKind.PARSE);
            return;
        }
        AdDraft draft = new AdDraft(source.id(), source.platform(), item.url(), canonical, page.fields());
        Optional<AdUpdate> update = reconcile(draft);
        if (update.isPresent()) {
            pendingValidators.put(update.get().ad().id(), r.validators());
            indexer.add(update.get());
        }
    }

    private Optional<AdUpdate> reconcile(AdDraft draft) {
        try {
            return Optional.of(ctx.storeRetry().call(() -> reconciler.reconcile(draft, ctx.clock().instant()),
                    deadline.plus(ctx.storeGrace()), cancelled::get));
        } catch (StoreUnavailableException e) {
            stats.error(ErrorKind.STORE);
            incomplete.set(true);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("classifying {} failed; the ad is not stored unscored", draft.url(), e);
            stats.error(ErrorKind.CLASSIFY);
            incomplete.set(true);
            return Optional.empty();
        }
    }

    /** A 304 on an ad page: the stored ad is seen again, unchanged. */
    private void touch(CrawlUrl item, ValidatorCache.Entry entry) {
        try {
            Optional<AdDocument> stored = ctx.storeRetry().call(() -> ctx.store().findAd(entry.adId()),
                    deadline.plus(ctx.storeGrace()), cancelled::get);
            if (stored.isEmpty()) {
                ctx.validators().remove(item.url()); // unknown to the store: fetch in full next time
                incomplete.set(true);
                return;
            }
            AdDocument p = stored.get();
            AdDraft draft = new AdDraft(p.sourceId(), p.platform(), item.url(), p.canonicalUrl(), p.fields());
            pendingValidators.put(p.id(), entry.validators());
            indexer.add(new AdUpdate(AdOutcome.UNCHANGED, AdReconciler.seenAgain(p, draft, ctx.clock().instant())));
        } catch (StoreUnavailableException e) {
            stats.error(ErrorKind.STORE);
            incomplete.set(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        }
    }

    /** Ads of the source not seen in a complete run are marked removed. Skipped when the run was incomplete. */
    private long sweepRemoved(String failure) {
        if (!failure.isEmpty() || cancelled.get() || incomplete.get() || frontier.budgetSpent()) {
            return 0;
        }
        try {
            List<String> gone = ctx.storeRetry().call(() -> ctx.store().findLiveAdIdsNotSeenSince(source.id(),
                    started), deadline.plus(ctx.storeGrace()), cancelled::get);
            if (!gone.isEmpty()) {
                ctx.storeRetry().run(() -> ctx.store().markRemoved(gone, ctx.clock().instant()),
                        deadline.plus(ctx.storeGrace()), cancelled::get);
            }
            return gone.size();
        } catch (StoreUnavailableException e) {
            stats.error(ErrorKind.STORE);
            return 0;
        }
    }

    private CrawlRun finish(String failure, long removed) {
        String status = !failure.isEmpty() || stats.errorCount(ErrorKind.STORE) > 0 ? "failed"
                : cancelled.get() ? "interrupted" : "succeeded";
        List<String> message = new ArrayList<>(notes.stream().distinct().limit(5).toList());
        if (!failure.isEmpty()) {
            message.add(0, failure);
        }
        if (frontier.budgetSpent()) {
            message.add("page limit " + source.limits().maxPages() + " reached");
        }
        if (incomplete.get() || frontier.budgetSpent() || cancelled.get()) {
            message.add("incomplete run: removed ads not swept");
        }
        CrawlRun run = record(status, Optional.of(ctx.clock().instant()), String.join("; ", message));
        return new CrawlRun(run.id(), run.sourceId(), run.trigger(), run.started(), run.ended(), run.status(),
                run.pagesFetched(), run.adsNew(), run.adsUpdated(), run.adsUnchanged(), removed, run.adsFlagged(),
                run.errors(), run.message());
    }

    private CrawlRun record(String status, Optional<Instant> ended, String message) {
        return new CrawlRun(runId, source.id(), trigger, started, ended.orElse(null), status, stats.pagesFetched(),
                stats.adsNew.sum(), stats.adsUpdated.sum(), stats.adsUnchanged.sum(), 0, stats.adsFlagged(),
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

    /** Counts and remembers what the store acknowledged. */
    private final class Saved implements IndexListener {
        @Override
        public void saved(List<AdUpdate> updates) {
            for (AdUpdate u : updates) {
                switch (u.outcome()) {
                    case NEW -> stats.adsNew.increment();
                    case UPDATED -> stats.adsUpdated.increment();
                    case UNCHANGED -> stats.adsUnchanged.increment();
                }
                if (u.flags()) {
                    stats.adsFlagged.increment();
                }
                Validators v = pendingValidators.remove(u.ad().id());
                ctx.validators().put(u.ad().url(), u.ad().id(), v == null ? Validators.NONE : v);
                listener.adSaved(u);
            }
        }

        @Override
        public void failed(List<AdUpdate> updates, String reason) {
            stats.errors(ErrorKind.STORE, updates.size());
            incomplete.set(true);
            notes.add(updates.size() + " ads not stored: " + reason);
            updates.forEach(u -> pendingValidators.remove(u.ad().id()));
        }
    }
}
