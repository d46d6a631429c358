package org.redflag.crawler.frontier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redflag.crawler.url.SeenUrls;

/**
 * Per-host politeness queues shared by the worker threads of one run. Workers {@link #take()} a URL, process it,
 * {@link #offer} the links they found, then {@link #release} it. {@code take} returns empty once nothing is waiting
 * or in flight, when the page budget is spent, or after {@link #stop}.
 */
public final class Frontier {
    private final SeenUrls seen = new SeenUrls();
    private final Map<String, HostQueue> hosts = new HashMap<>();
    private final List<HostQueue> order = new ArrayList<>();
    private final long delayNanos;
    private final int concurrency;
    private final int maxPages;
    private int cursor;
    private int waiting;
    private int inFlight;
    private int pagesStarted;
    private boolean stopped;
    private boolean budgetSpent;
    private boolean droppedAfterStop;

    /**
     * @param delay       politeness delay per host
     * @param concurrency requests in flight per host
     * @param maxPages    page budget of the run (sitemaps are not counted)
     */
    public Frontier(Duration delay, int concurrency, int maxPages) {
        this.delayNanos = delay.toNanos();
        this.concurrency = concurrency;
        this.maxPages = maxPages;
    }

    /**
     * Queues a URL unless it was seen before in this run. Ad URLs are served before others of the same host so
     * that the queue stays short.
     *
     * @return whether it was queued
     */
    public synchronized boolean offer(CrawlUrl url, boolean likelyAd) {
        return offer(url, likelyAd, u -> true);
    }

    /**
     * Like {@link #offer(CrawlUrl, boolean)}, asking {@code admit} about URLs not seen before (so bounds that
     * count URLs count each once); a URL it refuses is remembered as seen and not queued.
     */
    public synchronized boolean offer(CrawlUrl url, boolean likelyAd, java.util.function.Predicate<CrawlUrl> admit) {
        if (stopped) {
            droppedAfterStop |= !seen.contains(url.url());
            return false;
        }
        if (!seen.add(url.url()) || !admit.test(url)) {
            return false;
        }
        HostQueue q = hosts.computeIfAbsent(url.host(), h -> {
            HostQueue created = new HostQueue(h, delayNanos, concurrency);
            order.add(created);
            return created;
        });
        (likelyAd ? q.ads : q.others).add(url);
        waiting++;
        notifyAll();
        return true;
    }

    /** Marks a URL as seen without queueing it (e.g. the canonical URL of a page already fetched). */
    public synchronized boolean markSeen(String url) {
        return seen.add(url);
    }

    /** Queues a URL again for a retry, pausing its host for {@code pause}. Not subject to the seen-set. */
    public synchronized void retryLater(CrawlUrl url, Duration pause) {
        HostQueue q = hosts.get(url.host());
        q.others.addLast(url);
        q.nextStartNanos = Math.max(q.nextStartNanos, System.nanoTime() + pause.toNanos());
        waiting++;
        notifyAll();
    }

    /** The host's robots.txt is known: a Crawl-delay longer than the configured delay wins, one request at a time. */
    public synchronized void robotsKnown(String host, Duration crawlDelay) {
        HostQueue q = hosts.get(host);
        if (q == null || q.robotsKnown) {
            return;
        }
        q.robotsKnown = true;
        if (crawlDelay.toNanos() > q.delayNanos) {
            q.delayNanos = crawlDelay.toNanos();
            q.concurrency = 1;
            q.nextStartNanos = q.lastStartNanos + q.delayNanos;
        }
        notifyAll();
    }

    /**
     * The next URL whose host may be fetched now, waiting as needed; empty when the run is over.
     *
     * @throws InterruptedException when the worker is interrupted while waiting
     */
    public synchronized Optional<CrawlUrl> take() throws InterruptedException {
        while (true) {
            if (stopped || (waiting == 0 && inFlight == 0)) {
                notifyAll();
                return Optional.empty();
            }
            long now = System.nanoTime();
            long earliest = Long.MAX_VALUE;
            for (int i = 0; i < order.size(); i++) {
                HostQueue q = order.get((cursor + i) % order.size());
                if (!q.hasWaiting() || q.inFlight >= q.effectiveConcurrency()) {
                    continue;
                }
                if (now - q.nextStartNanos >= 0) {
                    cursor = (cursor + i + 1) % order.size();
                    return Optional.of(start(q, now));
                }
                earliest = Math.min(earliest, q.nextStartNanos - now);
            }
            long waitMs = earliest == Long.MAX_VALUE ? 100 : Math.max(1, earliest / 1_000_000);
            wait(Math.min(waitMs, 100));
        }
    }

    private CrawlUrl start(HostQueue q, long now) {
        CrawlUrl url = q.poll();
        waiting--;
        q.inFlight++;
        inFlight++;
        q.lastStartNanos = now;
        q.nextStartNanos = now + q.delayNanos;
        if (!url.sitemap() && ++pagesStarted >= maxPages && !budgetSpent) {
            budgetSpent = true;
            stopped = true; // nothing more is handed out; URLs in flight finish
        }
        return url;
    }

    /** The worker is done with a URL it took. */
    public synchronized void release(CrawlUrl url) {
        HostQueue q = hosts.get(url.host());
        q.inFlight--;
        inFlight--;
        notifyAll();
    }

    /** Hands out nothing more; URLs in flight finish. */
    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Whether the page budget ran out before the frontier was empty. */
    public synchronized boolean budgetSpent() {
        return budgetSpent && (waiting > 0 || droppedAfterStop);
    }

    /** URLs waiting. */
    public synchronized int waiting() {
        return waiting;
    }

    /** Distinct URLs seen in this run. */
    public synchronized int seenCount() {
        return seen.size();
    }
}
